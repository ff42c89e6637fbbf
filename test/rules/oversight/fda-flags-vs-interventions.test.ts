import rule from '../../../server/src/core/rules/oversight/fda-flags-vs-interventions';
import { arms, GERMAN_SITE, intervention, interventional, locations, P, record, US_SITE } from '../builders';
import { runRuleTests } from '../ruleTester';

/** An interventional study answering "FDA-regulated drug?" with `isFdaRegulatedDrug`, with one intervention. */
const drugAnswered = (isFdaRegulatedDrug: boolean, type: string, name: string, ...parts: Record<string, unknown>[]) =>
  record(interventional(), { oversightModule: { isFdaRegulatedDrug } }, arms([], [intervention(type, name)]), ...parts);

runRuleTests(rule, {
  valid: [
    { name: 'drug answer with a drug', study: drugAnswered(true, 'DRUG', 'X') },
    { name: 'drug answer No outside the U.S.', study: drugAnswered(false, 'DRUG', 'X', locations(GERMAN_SITE)) },
    {
      name: 'a placebo drug at a U.S. site with No',
      study: drugAnswered(false, 'DRUG', 'Placebo', locations(US_SITE)),
    },
  ],
  invalid: [
    {
      name: 'drug answer Yes with only a behavioural intervention',
      study: drugAnswered(true, 'BEHAVIORAL', 'Coaching'),
      errors: [{ messageId: 'flagWithoutProduct', pointer: `${P}/oversightModule/isFdaRegulatedDrug` }],
    },
    {
      name: 'a drug at a U.S. site with the drug answer No',
      study: drugAnswered(false, 'DRUG', 'Docetaxel', locations(US_SITE)),
      errors: [{ messageId: 'productWithoutFlag' }],
    },
  ],
});
