import rule from '../../../server/src/core/rules/oversight/fda-flags-vs-interventions';
import { arms, intervention, interventional, P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'drug answer with a drug',
      study: record(
        interventional(),
        { oversightModule: { isFdaRegulatedDrug: true } },
        arms([], [intervention('DRUG', 'X')]),
      ),
    },
    {
      name: 'drug answer No outside the U.S.',
      study: record(
        interventional(),
        { oversightModule: { isFdaRegulatedDrug: false } },
        arms([], [intervention('DRUG', 'X')]),
        { contactsLocationsModule: { locations: [{ facility: 'Charite', city: 'Berlin', country: 'Germany' }] } },
      ),
    },
    {
      name: 'a placebo drug at a U.S. site with No',
      study: record(
        interventional(),
        { oversightModule: { isFdaRegulatedDrug: false } },
        arms([], [intervention('DRUG', 'Placebo')]),
        {
          contactsLocationsModule: {
            locations: [{ facility: 'City Hospital', city: 'Boston', country: 'United States' }],
          },
        },
      ),
    },
  ],
  invalid: [
    {
      name: 'drug answer Yes with only a behavioural intervention',
      study: record(
        interventional(),
        { oversightModule: { isFdaRegulatedDrug: true } },
        arms([], [intervention('BEHAVIORAL', 'Coaching')]),
      ),
      errors: [{ messageId: 'flagWithoutProduct', pointer: `${P}/oversightModule/isFdaRegulatedDrug` }],
    },
    {
      name: 'a drug at a U.S. site with the drug answer No',
      study: record(
        interventional(),
        { oversightModule: { isFdaRegulatedDrug: false } },
        arms([], [intervention('DRUG', 'Docetaxel')]),
        {
          contactsLocationsModule: {
            locations: [{ facility: 'City Hospital', city: 'Boston', country: 'United States' }],
          },
        },
      ),
      errors: [{ messageId: 'productWithoutFlag' }],
    },
  ],
});
