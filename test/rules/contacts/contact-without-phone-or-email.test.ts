import rule from '../../../server/src/core/rules/contacts/contact-without-phone-or-email';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'email given',
      study: record({
        contactsLocationsModule: {
          centralContacts: [{ name: 'Jane Doe', role: 'CONTACT', email: 'jane@example.org' }],
        },
      }),
    },
    {
      name: 'a site contact without details (published records have many)',
      study: record({
        contactsLocationsModule: { locations: [{ facility: 'A', contacts: [{ name: 'Site 0214', role: 'CONTACT' }] }] },
      }),
    },
  ],
  invalid: [
    {
      name: 'a central backup contact that is an instruction, not a person',
      study: record({
        contactsLocationsModule: {
          centralContacts: [
            { name: 'BMS Contact Center', role: 'CONTACT', phone: '855-907-3286' },
            { name: 'First line of the email MUST contain the NCT#', role: 'CONTACT' },
          ],
        },
      }),
      errors: [{ messageId: 'unreachable', pointer: `${P}/contactsLocationsModule/centralContacts/1` }],
    },
  ],
});
