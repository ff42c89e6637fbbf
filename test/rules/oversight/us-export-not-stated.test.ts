import rule from '../../../server/src/core/rules/oversight/us-export-not-stated';
import { fdaDrugTrial, GERMAN_SITE, locations, P, US_SITE } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    { name: 'answered', study: fdaDrugTrial({ oversightModule: { isUsExport: false } }, locations(GERMAN_SITE)) },
    { name: 'a U.S. site', study: fdaDrugTrial(locations(US_SITE)) },
  ],
  invalid: [
    {
      name: 'no U.S. site and no answer',
      study: fdaDrugTrial(locations(GERMAN_SITE)),
      errors: [{ messageId: 'missing', pointer: `${P}/oversightModule` }],
    },
  ],
});
