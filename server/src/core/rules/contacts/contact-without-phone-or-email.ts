import { defineRule } from '../defineRule';
import { asArray, asObject, asString } from '../../model/read';
import { pointerOf, protocolModule } from '../util/read';

export default defineRule({
  id: 'contacts/contact-without-phone-or-email',
  description: 'A central contact gives a phone number or an email address.',
  severity: 'warning',
  catalogue: ['contact-phone-or-email'],
  tier: 'prs-unverified',
  messages: {
    unreachable:
      '{who} "{name}" has neither a phone number nor an email address. Add at least one so that people can reach them.',
  },
  docs: {
    details:
      'A central contact is there to be reached: the registry asks for a phone number or an email. ' +
      'Facility contacts are not checked: published records list many site contacts without details ' +
      '(the registry accepts them), so a finding there would not be a problem a reviewer raises.',
    wrong: `protocolSection:
  contactsLocationsModule:
    centralContacts:
      - name: Jane Doe
        role: CONTACT
`,
    right: `protocolSection:
  contactsLocationsModule:
    centralContacts:
      - name: Jane Doe
        role: CONTACT
        email: jane.doe@example.org
`,
  },
  check(context) {
    const module = protocolModule(context.study, 'contactsLocationsModule');
    const reachable = (contact: Record<string, unknown>) => Boolean(asString(contact.phone) || asString(contact.email));
    asArray(module.centralContacts).forEach((raw, index) => {
      const contact = asObject(raw);
      if (!contact || reachable(contact)) return;
      context.report({
        messageId: 'unreachable',
        pointer: pointerOf('contactsLocationsModule', 'centralContacts', index),
        data: { who: 'Central contact', name: asString(contact.name) ?? 'without a name' },
      });
    });
  },
});
