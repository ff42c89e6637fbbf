import rule from '../../../server/src/core/rules/text/acronym-too-long';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    { name: 'short acronym', study: record({ identificationModule: { acronym: 'SC-RA' } }) },
    { name: 'exactly 14 characters', study: record({ identificationModule: { acronym: 'ABCDEFGHIJKLMN' } }) },
  ],
  invalid: [
    {
      name: '17 characters',
      study: record({ identificationModule: { acronym: 'STEM-CELLS-FOR-RA' } }),
      errors: [{ messageId: 'tooLong', pointer: `${P}/identificationModule/acronym` }],
    },
  ],
});
