import rule from '../../../server/src/core/rules/phase/invalid-combination';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'phase 2/3',
      study: record({ designModule: { phases: ['PHASE2', 'PHASE3'] } }),
    },
    {
      name: 'a single phase',
      study: record({ designModule: { phases: ['PHASE4'] } }),
    },
  ],
  invalid: [
    {
      name: 'phase 1 and phase 3',
      study: record({ designModule: { phases: ['PHASE1', 'PHASE3'] } }),
      errors: [{ messageId: 'invalid', pointer: `${P}/designModule/phases` }],
    },
    {
      name: 'N/A combined with a phase',
      study: record({ designModule: { phases: ['NA', 'PHASE2'] } }),
      errors: [{ messageId: 'invalid' }],
    },
  ],
});
