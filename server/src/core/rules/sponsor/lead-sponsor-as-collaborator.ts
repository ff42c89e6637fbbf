import { defineRule } from '../defineRule';
import { asArray, asObject, asString } from '../../model/read';
import { pointerOf, protocolModule } from '../util/read';
import { compactText } from '../util/text';

export default defineRule({
  id: 'sponsor/lead-sponsor-as-collaborator',
  description: 'The lead sponsor is not also a collaborator, and no collaborator is listed twice.',
  severity: 'warning',
  catalogue: ['sponsor-collaborator-dup'],
  tier: 'house',
  messages: {
    leadAgain: 'Collaborator "{name}" is the lead sponsor. Remove it from the collaborators.',
    twice: 'Collaborator "{name}" is listed twice. Remove the repeat.',
  },
  docs: {
    details: 'The lead sponsor is recorded once, in its own field; collaborators are the other organizations.',
    wrong: `protocolSection:
  sponsorCollaboratorsModule:
    leadSponsor: { name: City University }
    collaborators:
      - name: City University
`,
    right: `protocolSection:
  sponsorCollaboratorsModule:
    leadSponsor: { name: City University }
`,
  },
  check(context) {
    const module = protocolModule(context.study, 'sponsorCollaboratorsModule');
    const lead = asString(asObject(module.leadSponsor)?.name);
    const seen = new Set<string>();
    asArray(module.collaborators).forEach((raw, index) => {
      const name = asString(asObject(raw)?.name);
      if (!name) return;
      const key = compactText(name);
      const pointer = pointerOf('sponsorCollaboratorsModule', 'collaborators', index, 'name');
      if (lead && key === compactText(lead)) context.report({ messageId: 'leadAgain', pointer, data: { name } });
      else if (seen.has(key)) context.report({ messageId: 'twice', pointer, data: { name } });
      seen.add(key);
    });
  },
});
