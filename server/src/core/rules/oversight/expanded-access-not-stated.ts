import { defineRule } from '../defineRule';
import { hasUsSite, isFinalRuleStudy, oversight } from '../util/regulation';
import { asObject } from '../../model/read';
import { pointerOf, protocolModule, studyType } from '../util/read';

export default defineRule({
  id: 'oversight/expanded-access-not-stated',
  description: 'A Final Rule drug trial says whether expanded access to the drug is available.',
  severity: 'info',
  catalogue: ['fdaaa-expanded-access-availability'],
  tier: 'prs-unverified',
  messages: {
    missing:
      'The study tests an FDA-regulated drug at a U.S. site and started on or after 2017-01-18, ' +
      'but Availability of Expanded Access is not answered. Say whether the ' +
      'drug is available outside the trial (hasExpandedAccess: true or false).',
  },
  docs: {
    details:
      'Since the Final Rule, drug trials under a U.S. IND say whether expanded access to the investigational drug is ' +
      'available. The IND itself is not in the record, so the check asks it of interventional Final Rule records ' +
      'with an FDA-regulated drug and a U.S. site; since IND-exempt studies ' +
      'are not asked, it is a note, not a warning.',
    wrong: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
  statusModule:
    startDateStruct:
      date: 2020-02-01
      type: ACTUAL
  oversightModule:
    isFdaRegulatedDrug: true
  contactsLocationsModule:
    locations:
      - facility: City Hospital
        city: Boston
        country: United States
`,
    right: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
  statusModule:
    startDateStruct:
      date: 2020-02-01
      type: ACTUAL
    expandedAccessInfo:
      hasExpandedAccess: false
  oversightModule:
    isFdaRegulatedDrug: true
  contactsLocationsModule:
    locations:
      - facility: City Hospital
        city: Boston
        country: United States
`,
  },
  check(context) {
    if (studyType(context.study) !== 'INTERVENTIONAL' || !isFinalRuleStudy(context.study)) return;
    if (oversight(context.study).isFdaRegulatedDrug !== true || !hasUsSite(context.study)) return;
    const info = asObject(protocolModule(context.study, 'statusModule').expandedAccessInfo);
    if (typeof info?.hasExpandedAccess === 'boolean') return;
    context.report({
      messageId: 'missing',
      pointer: info ? pointerOf('statusModule', 'expandedAccessInfo') : pointerOf('statusModule'),
      target: 'key',
    });
  },
});
