import rule from '../../../server/src/core/rules/contacts/recruiting-without-contact';
import { P, record, status, withStatus } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'central contact',
      study: record(status({ overallStatus: 'RECRUITING' }), {
        contactsLocationsModule: { centralContacts: [{ name: 'Jane Doe', email: 'j@example.org' }] },
      }),
    },
    {
      name: 'site contact',
      study: record(status({ overallStatus: 'RECRUITING' }), {
        contactsLocationsModule: { locations: [{ facility: 'A', contacts: [{ name: 'Site desk', phone: '123' }] }] },
      }),
    },
    { name: 'completed without contacts', study: withStatus('COMPLETED') },
    {
      name: 'Unknown status, last known Active, not recruiting',
      study: withStatus('UNKNOWN', { lastKnownStatus: 'ACTIVE_NOT_RECRUITING' }),
    },
  ],
  invalid: [
    {
      name: 'recruiting without contacts',
      study: record(status({ overallStatus: 'RECRUITING' }), {
        contactsLocationsModule: { locations: [{ facility: 'A' }] },
      }),
      errors: [{ messageId: 'noContact', pointer: `${P}/statusModule/overallStatus` }],
    },
    {
      name: 'not yet recruiting without contacts (issue 11)',
      study: withStatus('NOT_YET_RECRUITING'),
      errors: [{ messageId: 'noContact' }],
    },
    {
      name: 'Unknown status, last known Not yet recruiting: read as the registry does',
      study: withStatus('UNKNOWN', { lastKnownStatus: 'NOT_YET_RECRUITING' }),
      errors: [{ messageId: 'noContact' }],
    },
  ],
});
