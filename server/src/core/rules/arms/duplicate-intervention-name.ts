import { defineRule } from '../defineRule';
import { enumLabel } from '../../model/enums';
import { readInterventions } from '../../arms';
import { ARMS_MODULE } from '../util/read';
import { normalizeText } from '../util/text';

export default defineRule({
  id: 'arms/duplicate-intervention-name',
  description: 'Interventions of the same type have different names.',
  severity: 'warning',
  messages: {
    duplicate: '{type} intervention "{name}" is listed twice (interventions {first} and {second}). List it once and link it to every arm that receives it.',
  },
  docs: {
    details: 'The registry accepts such records (the corpus has several), hence a warning. An intervention given in several arms is entered once and linked to each arm. Two entries with the same type and name break the cross-reference, since "Drug: Aspirin" can no longer say which one it means.',
    wrong: `protocolSection:
  armsInterventionsModule:
    interventions:
      - type: DRUG
        name: Aspirin
        armGroupLabels: [A]
      - type: DRUG
        name: Aspirin
        armGroupLabels: [B]
`,
    right: `protocolSection:
  armsInterventionsModule:
    interventions:
      - type: DRUG
        name: Aspirin
        armGroupLabels: [A, B]
`,
  },
  check(context) {
    const seen = new Map<string, number>();
    for (const intervention of readInterventions(context.study)) {
      if (!intervention.name) continue;
      const key = `${intervention.type ?? ''}\u0000${normalizeText(intervention.name)}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, intervention.index);
        continue;
      }
      context.report({
        messageId: 'duplicate',
        pointer: `${ARMS_MODULE}/interventions/${intervention.index}/name`,
        data: {
          type: intervention.type ? enumLabel('InterventionType', intervention.type) : 'Untyped',
          name: intervention.name,
          first: first + 1,
          second: intervention.index + 1,
        },
      });
    }
  },
});
