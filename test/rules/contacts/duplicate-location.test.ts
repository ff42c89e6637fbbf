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
  ],
  invalid: [
    {
      name: 'the same site twice',
      study: record(locations(US_SITE, US_SITE)),
      errors: [{ messageId: 'duplicate', pointer: `${P}/contactsLocationsModule/locations/1` }],
    },
  ],
});
