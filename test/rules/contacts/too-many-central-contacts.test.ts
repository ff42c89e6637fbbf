import rule from '../../../server/src/core/rules/contacts/too-many-central-contacts';
import { centralContacts, P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [{ name: 'two contacts', study: record(centralContacts('A', 'B')) }],
  invalid: [
    {
      name: 'three contacts',
      study: record(centralContacts('A', 'B', 'C')),
      errors: [{ messageId: 'tooMany', pointer: `${P}/contactsLocationsModule/centralContacts/2` }],
    },
  ],
});
