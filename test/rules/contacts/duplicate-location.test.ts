import rule from '../../../server/src/core/rules/contacts/duplicate-location';
import { locations, P, record, US_SITE } from '../builders';
import { runRuleTests } from '../ruleTester';

const MERCY_HOSPITAL = { ...US_SITE, facility: 'Mercy Hospital' };
const RESEARCH_SITE = { ...US_SITE, facility: 'Research Site' };

runRuleTests(rule, {
  valid: [
    { name: 'two sites in one city', study: record(locations(US_SITE, MERCY_HOSPITAL)) },
    { name: 'hidden site names (AstraZeneca "Research Site")', study: record(locations(RESEARCH_SITE, RESEARCH_SITE)) },
    {
      name: 'same facility with different contacts',
      study: record(locations({ ...US_SITE, contacts: [{ name: 'A' }] }, { ...US_SITE, contacts: [{ name: 'B' }] })),
    },
    {
      name: 'one facility name in two cities, then again in the first',
      study: record(
        locations(US_SITE, { ...US_SITE, city: 'Springfield' }, { ...US_SITE, city: 'Springfield', zip: '01101' }),
      ),
    },
  ],
  invalid: [
    {
      name: 'the same site twice',
      study: record(locations(US_SITE, US_SITE)),
      errors: [{ messageId: 'duplicate', pointer: `${P}/contactsLocationsModule/locations/1` }],
    },
    {
      name: 'the same site again after another city, its name in other case and spacing',
      study: record(
        locations(US_SITE, { ...US_SITE, city: 'Springfield' }, { ...US_SITE, facility: '  CITY  HOSPITAL ' }),
      ),
      errors: [{ messageId: 'duplicate', pointer: `${P}/contactsLocationsModule/locations/2` }],
    },
  ],
});
