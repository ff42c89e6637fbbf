import rule from '../../../server/src/core/rules/masking/roles-without-level';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'level and roles',
      study: record({
        designModule: {
          designInfo: { maskingInfo: { masking: 'DOUBLE', whoMasked: ['PARTICIPANT', 'INVESTIGATOR'] } },
        },
      }),
    },
  ],
  invalid: [
    {
      name: 'roles without a level',
      study: record({ designModule: { designInfo: { maskingInfo: { whoMasked: ['PARTICIPANT', 'INVESTIGATOR'] } } } }),
      errors: [{ messageId: 'noLevel', pointer: `${P}/designModule/designInfo/maskingInfo/whoMasked` }],
      output: record({
        designModule: {
          designInfo: { maskingInfo: { whoMasked: ['PARTICIPANT', 'INVESTIGATOR'], masking: 'DOUBLE' } },
        },
      }),
    },
  ],
});
