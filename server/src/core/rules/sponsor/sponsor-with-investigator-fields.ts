import { defineRule } from '../defineRule';
import { asObject, asString } from '../../model/read';
import { pointerOf, protocolModule } from '../util/read';

export default defineRule({
  id: 'sponsor/sponsor-with-investigator-fields',
  description: 'A sponsor responsible party carries no investigator details.',
  severity: 'warning',
  catalogue: ['rp-sponsor-with-investigator'],
  tier: 'house',
  messages: {
    stale:
      'The responsible party is the Sponsor, but investigator {fields} {verb} ' +
      'filled in. Remove them, or make the investigator the responsible party.',
  },
  docs: {
    details:
      'Investigator name, title and affiliation identify an investigator responsible ' +
      'party; next to Sponsor they are left over from an earlier choice.',
    wrong: `protocolSection:
  sponsorCollaboratorsModule:
    responsibleParty:
      type: SPONSOR
      investigatorFullName: Jane Doe
`,
    right: `protocolSection:
  sponsorCollaboratorsModule:
    responsibleParty:
      type: SPONSOR
`,
  },
  check(context) {
    const party = asObject(protocolModule(context.study, 'sponsorCollaboratorsModule').responsibleParty);
    if (party?.type !== 'SPONSOR') return;
    const labels: Record<string, string> = {
      investigatorFullName: 'name',
      investigatorTitle: 'title',
      investigatorAffiliation: 'affiliation',
    };
    const present = Object.keys(labels).filter((key) => asString(party[key]));
    if (present.length === 0) return;
    context.report({
      messageId: 'stale',
      pointer: pointerOf('sponsorCollaboratorsModule', 'responsibleParty', present[0]),
      data: { fields: present.map((key) => labels[key]).join(', '), verb: present.length === 1 ? 'is' : 'are' },
    });
  },
});
