import rule from '../../../server/src/core/rules/masking/level-role-count';
import { masking, P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    { name: 'double with two roles', study: record(masking('DOUBLE', ['PARTICIPANT', 'INVESTIGATOR'])) },
    {
      name: 'quadruple with four roles',
      study: record(masking('QUADRUPLE', ['PARTICIPANT', 'CARE_PROVIDER', 'INVESTIGATOR', 'OUTCOMES_ASSESSOR'])),
    },
    { name: 'level without roles (old record)', study: record(masking('DOUBLE')) },
  ],
  invalid: [
    {
      name: 'double with three roles',
      study: record(masking('DOUBLE', ['PARTICIPANT', 'INVESTIGATOR', 'OUTCOMES_ASSESSOR'])),
      errors: [{ messageId: 'mismatch', pointer: `${P}/designModule/designInfo/maskingInfo/masking` }],
      output: record(masking('TRIPLE', ['PARTICIPANT', 'INVESTIGATOR', 'OUTCOMES_ASSESSOR'])),
    },
    {
      name: 'triple with one role',
      study: record(masking('TRIPLE', ['PARTICIPANT'])),
      errors: [{ messageId: 'mismatch' }],
    },
  ],
});
