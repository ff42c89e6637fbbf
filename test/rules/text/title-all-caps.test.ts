import rule from '../../../server/src/core/rules/text/title-all-caps';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'title case with acronyms',
      study: record({ identificationModule: { briefTitle: 'UC-MSCs for RA (SCRA-1)' } }),
    },
    { name: 'a short all-caps acronym title', study: record({ identificationModule: { briefTitle: 'COVID-19 RCT' } }) },
  ],
  invalid: [
    {
      name: 'all capitals',
      study: record({ identificationModule: { briefTitle: 'STEM CELLS FOR RHEUMATOID ARTHRITIS' } }),
      errors: [{ messageId: 'allCaps', pointer: `${P}/identificationModule/briefTitle` }],
    },
  ],
});
