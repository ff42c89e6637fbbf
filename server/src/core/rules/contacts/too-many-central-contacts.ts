import { defineRule } from '../defineRule';
import { asArray } from '../../model/read';
import { pointerOf, protocolModule } from '../util/read';

export default defineRule({
  id: 'contacts/too-many-central-contacts',
  description: 'At most two central contacts are listed: a contact and a backup.',
  severity: 'warning',
  catalogue: ['contact-central-max'],
  tier: 'official',
  messages: {
    tooMany:
      '{count} central contacts are listed, but the registry holds one central ' +
      'contact and one backup. Keep two; list the others as facility contacts.',
  },
  docs: {
    details: 'The registry schema has room for a central contact and a backup contact only.',
    wrong: `protocolSection:
  contactsLocationsModule:
    centralContacts:
      - { name: A, email: a@example.org }
      - { name: B, email: b@example.org }
      - { name: C, email: c@example.org }
`,
    right: `protocolSection:
  contactsLocationsModule:
    centralContacts:
      - { name: A, email: a@example.org }
      - { name: B, email: b@example.org }
`,
  },
  check(context) {
    const contacts = asArray(protocolModule(context.study, 'contactsLocationsModule').centralContacts);
    if (contacts.length <= 2) return;
    context.report({
      messageId: 'tooMany',
      pointer: pointerOf('contactsLocationsModule', 'centralContacts', 2),
      data: { count: contacts.length },
    });
  },
});
