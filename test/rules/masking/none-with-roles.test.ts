import rule from '../../../server/src/core/rules/masking/none-with-roles';
import { masking, P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    { name: 'open label without roles', study: record(masking('NONE')) },
    { name: 'open label with an empty list', study: record(masking('NONE', [])) },
  ],
  invalid: [
    {
      name: 'open label with a masked participant',
      study: record(masking('NONE', ['PARTICIPANT'])),
      errors: [{ messageId: 'rolesListed', pointer: `${P}/designModule/designInfo/maskingInfo/whoMasked` }],
      output: record(masking('NONE')),
    },
  ],
});
