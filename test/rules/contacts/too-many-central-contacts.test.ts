import rule from '../../../server/src/core/rules/contacts/too-many-central-contacts';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'two contacts',
      study: record({
        contactsLocationsModule: {
          centralContacts: [
            { name: 'A', email: 'a@x.org' },
            { name: 'B', email: 'b@x.org' },
          ],
        },
      }),
    },
  ],
  invalid: [
    {
      name: 'three contacts',
      study: record({
        contactsLocationsModule: {
          centralContacts: [
            { name: 'A', email: 'a@x.org' },
            { name: 'B', email: 'b@x.org' },
            { name: 'C', email: 'c@x.org' },
          ],
        },
      }),
      errors: [{ messageId: 'tooMany', pointer: `${P}/contactsLocationsModule/centralContacts/2` }],
    },
  ],
});
