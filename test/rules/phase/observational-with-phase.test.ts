import rule from '../../../server/src/core/rules/phase/observational-with-phase';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    { name: 'observational without phase', study: record({ designModule: { studyType: 'OBSERVATIONAL' } }) },
    {
      name: 'interventional with phase',
      study: record({ designModule: { studyType: 'INTERVENTIONAL', phases: ['PHASE2'] } }),
    },
  ],
  invalid: [
    {
      name: 'observational with a phase',
      study: record({ designModule: { studyType: 'OBSERVATIONAL', phases: ['PHASE4'] } }),
      errors: [{ messageId: 'phase', pointer: `${P}/designModule/phases` }],
      output: record({ designModule: { studyType: 'OBSERVATIONAL' } }),
    },
  ],
});
