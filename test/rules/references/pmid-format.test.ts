import rule from '../../../server/src/core/rules/references/pmid-format';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'digits',
      study: record({ referencesModule: { references: [{ pmid: '31234567', citation: 'Doe J.' }] } }),
    },
  ],
  invalid: [
    {
      name: 'with a prefix',
      study: record({ referencesModule: { references: [{ pmid: 'PMID 31234567', citation: 'Doe J.' }] } }),
      errors: [{ messageId: 'notNumber', pointer: `${P}/referencesModule/references/0/pmid` }],
    },
  ],
});
