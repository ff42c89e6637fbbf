import rule from '../../../server/src/core/rules/oversight/expanded-access-not-stated';
import { date, interventional, P, record, status } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'answered',
      study: record(
        interventional(),
        status({ startDateStruct: date('2020-02-01'), expandedAccessInfo: { hasExpandedAccess: false } }),
        { oversightModule: { isFdaRegulatedDrug: true } },
        {
          contactsLocationsModule: {
            locations: [{ facility: 'City Hospital', city: 'Boston', country: 'United States' }],
          },
        },
      ),
    },
    {
      name: 'no U.S. site',
      study: record(
        interventional(),
        status({ startDateStruct: date('2021-04-01') }),
        { oversightModule: { isFdaRegulatedDrug: true } },
        { contactsLocationsModule: { locations: [{ facility: 'Charite', city: 'Berlin', country: 'Germany' }] } },
      ),
    },
  ],
  invalid: [
    {
      name: 'Final Rule drug trial at a U.S. site without the answer',
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
      errors: [{ messageId: 'missing', pointer: `${P}/statusModule` }],
    },
  ],
});
