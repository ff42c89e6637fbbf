import rule from '../../../server/src/core/rules/references/derived-reference-in-draft';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'a published record with derived references',
      study: record(
        { identificationModule: { nctId: 'NCT01234567' } },
        { referencesModule: { references: [{ pmid: '1', type: 'DERIVED' }] } },
      ),
    },
  ],
  invalid: [
    {
      name: 'a draft with a derived reference',
      study: record({ referencesModule: { references: [{ pmid: '1', type: 'DERIVED' }] } }),
      errors: [{ messageId: 'derived', pointer: `${P}/referencesModule/references/0/type` }],
    },
  ],
});
