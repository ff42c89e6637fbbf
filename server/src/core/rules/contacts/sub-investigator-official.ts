import { defineRule } from '../defineRule';
import { asArray, asObject, asString } from '../../model/read';
import { pointerOf, protocolModule } from '../util/read';

export default defineRule({
  id: 'contacts/sub-investigator-official',
  description: 'Overall officials are principal investigators, study chairs or study directors.',
  severity: 'warning',
  catalogue: ['official-role-valid'],
  tier: 'official',
  messages: {
    subInvestigator:
      'Overall official "{name}" has the role Sub-Investigator, which is a site role. Use Principal ' +
      'Investigator, Study Chair or Study Director, or list the person as a facility contact.',
  },
  docs: {
    details:
      'The registry lists overall officials as Principal Investigator, ' +
      'Study Chair or Study Director; Sub-Investigator belongs to a site.',
    wrong: `protocolSection:
  contactsLocationsModule:
    overallOfficials:
      - name: Jane Doe
        role: SUB_INVESTIGATOR
`,
    right: `protocolSection:
  contactsLocationsModule:
    overallOfficials:
      - name: Jane Doe
        role: PRINCIPAL_INVESTIGATOR
`,
  },
  check(context) {
    asArray(protocolModule(context.study, 'contactsLocationsModule').overallOfficials).forEach((raw, index) => {
      const official = asObject(raw);
      if (official?.role !== 'SUB_INVESTIGATOR') return;
      context.report({
        messageId: 'subInvestigator',
        pointer: pointerOf('contactsLocationsModule', 'overallOfficials', index, 'role'),
        data: { name: asString(official.name) ?? 'without a name' },
      });
    });
  },
});
