import { defineRule } from '../defineRule';
import { asArray, asObject } from '../../model/read';
import { statusForChecks, statusLabelForChecks, pointerOf, protocolModule } from '../util/read';

// The data element definitions require a central contact (unless every site has one) while recruiting or not yet
// recruiting.
const OPEN = new Set(['RECRUITING', 'NOT_YET_RECRUITING', 'AVAILABLE']);

export default defineRule({
  id: 'contacts/recruiting-without-contact',
  description: 'A recruiting or not yet recruiting study names a central contact or a site contact.',
  severity: 'error',
  catalogue: ['contact-required-when-recruiting'],
  tier: 'official',
  messages: {
    noContact:
      'The study is {status}, but it has no central contact and no site ' +
      'contact. Add a central contact so that people can ask to take part.',
  },
  docs: {
    details:
      'While a study recruits or is about to (Not yet recruiting; ' +
      'for a record in Unknown status, its last known status), the registry requires ' +
      'a central contact unless every site gives its own facility contact.',
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
    const status = statusForChecks(context.study);
    if (!status || !OPEN.has(status)) return;
    const module = protocolModule(context.study, 'contactsLocationsModule');
    if (asArray(module.centralContacts).length > 0) return;
    if (asArray(module.locations).some((site) => asArray(asObject(site)?.contacts).length > 0)) return;
    context.report({
      messageId: 'noContact',
      pointer: pointerOf('statusModule', 'overallStatus'),
      data: { status: statusLabelForChecks(context.study) ?? status },
    });
  },
});
