import { defineRule } from '../defineRule';
import { enumLabel } from '../../model/enums';
import { asArray, asObject, overallStatus, pointerOf, protocolModule } from '../util/read';

// Not yet recruiting studies may add contacts when they open; the registry accepts them without.
const OPEN = new Set(['RECRUITING', 'AVAILABLE']);

export default defineRule({
  id: 'contacts/recruiting-without-contact',
  description: 'A recruiting study names a central contact or a site contact.',
  severity: 'error',
  catalogue: ['contact-required-when-recruiting'],
  tier: 'official',
  messages: {
    noContact: 'The study is {status}, but it has no central contact and no site contact. Add a central contact so that people can ask to take part.',
  },
  docs: {
    details: 'While a study recruits, the registry requires a central contact unless every site gives its own facility contact.',
    wrong: `protocolSection:
  statusModule:
    overallStatus: RECRUITING
  contactsLocationsModule:
    locations:
      - facility: City Hospital
`,
    right: `protocolSection:
  statusModule:
    overallStatus: RECRUITING
  contactsLocationsModule:
    centralContacts:
      - name: Jane Doe
        role: CONTACT
        email: jane.doe@example.org
    locations:
      - facility: City Hospital
`,
  },
  check(context) {
    const status = overallStatus(context.study);
    if (!status || !OPEN.has(status)) return;
    const module = protocolModule(context.study, 'contactsLocationsModule');
    if (asArray(module.centralContacts).length > 0) return;
    if (asArray(module.locations).some((site) => asArray(asObject(site)?.contacts).length > 0)) return;
    context.report({ messageId: 'noContact', pointer: pointerOf('statusModule', 'overallStatus'), data: { status: enumLabel('Status', status) } });
  },
});
