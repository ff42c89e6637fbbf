import rule from '../../../server/src/core/rules/contacts/duplicate-location';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'two sites in one city',
      study: record({
        contactsLocationsModule: {
          locations: [
            { facility: 'City Hospital', city: 'Boston', country: 'United States' },
            { facility: 'Mercy Hospital', city: 'Boston', country: 'United States' },
          ],
        },
      }),
    },
    {
      name: 'hidden site names (AstraZeneca "Research Site")',
      study: record({
        contactsLocationsModule: {
          locations: [
            { facility: 'Research Site', city: 'Boston', country: 'United States' },
            { facility: 'Research Site', city: 'Boston', country: 'United States' },
          ],
        },
      }),
    },
    {
      name: 'same facility with different contacts',
      study: record({
        contactsLocationsModule: {
          locations: [
            { facility: 'City Hospital', city: 'Boston', country: 'United States', contacts: [{ name: 'A' }] },
            { facility: 'City Hospital', city: 'Boston', country: 'United States', contacts: [{ name: 'B' }] },
          ],
        },
      }),
    },
  ],
  invalid: [
    {
      name: 'the same site twice',
      study: record({
        contactsLocationsModule: {
          locations: [
            { facility: 'City Hospital', city: 'Boston', country: 'United States' },
            { facility: 'City Hospital', city: 'Boston', country: 'United States' },
          ],
        },
      }),
      errors: [{ messageId: 'duplicate', pointer: `${P}/contactsLocationsModule/locations/1` }],
    },
  ],
});
