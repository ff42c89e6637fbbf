import { defineRule } from '../defineRule';
import { enumLabel } from '../../model/enums';
import { asObject, asString } from '../../model/read';
import { pointerOf, protocolModule } from '../util/read';

const FIELDS: readonly [key: string, label: string][] = [
  ['investigatorFullName', 'Investigator Name'],
  ['investigatorTitle', 'Investigator Official Title'],
  ['investigatorAffiliation', 'Investigator Affiliation'],
];

export default defineRule({
  id: 'contacts/responsible-investigator-incomplete',
  description: 'An investigator responsible party is identified by name, title and affiliation.',
  severity: 'error',
  catalogue: ['rp-investigator-fields'],
  tier: 'official',
  messages: {
    missing: 'The responsible party is the {type}, but {fields} missing. Identify the investigator.',
  },
  docs: {
    details:
      'When the responsible party is a Principal Investigator or a Sponsor-Investigator, ' +
      "the registry needs the investigator's name, official title and affiliation.",
    wrong: `protocolSection:
  sponsorCollaboratorsModule:
    responsibleParty:
      type: PRINCIPAL_INVESTIGATOR
      investigatorFullName: Jane Doe
`,
    right: `protocolSection:
  sponsorCollaboratorsModule:
    responsibleParty:
      type: PRINCIPAL_INVESTIGATOR
      investigatorFullName: Jane Doe
      investigatorTitle: Professor of Medicine
      investigatorAffiliation: City University
`,
  },
  check(context) {
    const party = asObject(protocolModule(context.study, 'sponsorCollaboratorsModule').responsibleParty);
    const type = asString(party?.type);
    if (!party || (type !== 'PRINCIPAL_INVESTIGATOR' && type !== 'SPONSOR_INVESTIGATOR')) return;
    // Published records may carry the old free-text form instead of the investigator fields.
    if (asString(party.oldNameTitle)) return;
    const missing = FIELDS.filter(([key]) => !asString(party[key])).map(([, label]) => label);
    if (missing.length === 0) return;
    context.report({
      messageId: 'missing',
      pointer: pointerOf('sponsorCollaboratorsModule', 'responsibleParty', 'type'),
      data: {
        type: enumLabel('ResponsiblePartyType', type),
        fields: missing.length === 1 ? `${missing[0]} is` : `${missing.join(', ')} are`,
      },
    });
  },
});
