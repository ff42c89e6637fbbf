import rule from '../../../server/src/core/rules/text/blank-value';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'filled in',
      study: record({ identificationModule: { briefTitle: 'Vitamin D' } }),
    },
  ],
  invalid: [
    {
      name: 'a blank brief title',
      study: record({ identificationModule: { briefTitle: '   ' } }),
      errors: [{ messageId: 'blank', pointer: `${P}/identificationModule/briefTitle` }],
    },
  ],
});
