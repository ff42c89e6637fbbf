import rule from '../../../server/src/core/rules/oversight/us-export-not-stated';
import { date, interventional, P, record, status } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'answered',
      study: record(
        interventional(),
        status({ startDateStruct: date('2021-04-01') }),
        { oversightModule: { isFdaRegulatedDrug: true, isUsExport: false } },
        { contactsLocationsModule: { locations: [{ facility: 'Charite', city: 'Berlin', country: 'Germany' }] } },
      ),
    },
    {
      name: 'a U.S. site',
      study: record(
        interventional(),
        status({ startDateStruct: date('2021-04-01') }),
        { oversightModule: { isFdaRegulatedDrug: true } },
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
      name: 'no U.S. site and no answer',
      study: record(
        interventional(),
        status({ startDateStruct: date('2021-04-01') }),
        { oversightModule: { isFdaRegulatedDrug: true } },
        { contactsLocationsModule: { locations: [{ facility: 'Charite', city: 'Berlin', country: 'Germany' }] } },
      ),
      errors: [{ messageId: 'missing', pointer: `${P}/oversightModule` }],
    },
  ],
});
