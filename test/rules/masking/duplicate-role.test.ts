import rule from '../../../server/src/core/rules/masking/duplicate-role';
import { masking, P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [{ name: 'distinct roles', study: record(masking('DOUBLE', ['PARTICIPANT', 'INVESTIGATOR'])) }],
  invalid: [
    {
      name: 'a repeated role',
      study: record(masking('DOUBLE', ['PARTICIPANT', 'PARTICIPANT'])),
      errors: [{ messageId: 'duplicate', pointer: `${P}/designModule/designInfo/maskingInfo/whoMasked/1` }],
      output: record(masking('DOUBLE', ['PARTICIPANT'])),
    },
  ],
});
