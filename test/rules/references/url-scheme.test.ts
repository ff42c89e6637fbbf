import rule from '../../../server/src/core/rules/references/url-scheme';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'https',
      study: record({ referencesModule: { seeAlsoLinks: [{ label: 'Site', url: 'https://example.org' }] } }),
    },
  ],
  invalid: [
    {
      name: 'no scheme',
      study: record({ referencesModule: { seeAlsoLinks: [{ label: 'Site', url: 'www.example.org/study' }] } }),
      errors: [{ messageId: 'noScheme', pointer: `${P}/referencesModule/seeAlsoLinks/0/url` }],
    },
  ],
});
