import { defineRule } from '../defineRule';
import { asArray } from '../../model/read';
import { pointerOf, protocolModule, statusForChecks, statusLabelForChecks, studyType } from '../util/read';

export default defineRule({
  id: 'contacts/recruiting-without-locations',
  description: 'A recruiting study lists where it recruits.',
  severity: 'warning',
  catalogue: ['location-required-open'],
  tier: 'prs-unverified',
  messages: {
    noSites: 'The study is {status}, but no location is listed. Add the sites where participants can enrol.',
  },
  docs: {
    details:
      'Participants need to know where to go: a study that is recruiting (or enrolling ' +
      'by invitation) lists its sites. Not yet recruiting studies may add them later.',
    wrong: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
  statusModule:
    overallStatus: RECRUITING
`,
    right: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
  statusModule:
    overallStatus: RECRUITING
  contactsLocationsModule:
    locations:
      - { facility: City Hospital, city: Boston, country: United States, status: RECRUITING }
`,
  },
  check(context) {
    const status = statusForChecks(context.study);
    if (status !== 'RECRUITING' && status !== 'ENROLLING_BY_INVITATION') return;
    const type = studyType(context.study);
    if (type !== 'INTERVENTIONAL' && type !== 'OBSERVATIONAL') return;
    if (asArray(protocolModule(context.study, 'contactsLocationsModule').locations).length > 0) return;
    context.report({
      messageId: 'noSites',
      pointer: pointerOf('statusModule', 'overallStatus'),
      data: { status: statusLabelForChecks(context.study) ?? status },
    });
  },
});
