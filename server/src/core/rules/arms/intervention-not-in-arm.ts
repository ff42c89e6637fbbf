import { defineRule } from '../defineRule';
import { interventionName, readArmsView } from '../../arms';
import { studyType } from '../util/read';

export default defineRule({
  id: 'arms/intervention-not-in-arm',
  description: 'With several arms, every intervention is linked to the arms that receive it.',
  severity: 'error',
  catalogue: ['intervention-not-in-arm'],
  tier: 'official',
  messages: {
    orphan: 'Intervention "{intervention}" is given in no arm. With {count} arms, say which arms receive it.',
  },
  docs: {
    details:
      'The registry requires the arm/intervention cross-reference when a study has ' +
      'more than one arm; an intervention linked to no arm cannot be attributed.',
    wrong: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
  armsInterventionsModule:
    armGroups:
      - label: A
        type: EXPERIMENTAL
        interventionNames: ['Drug: Aspirin']
      - label: B
        type: NO_INTERVENTION
    interventions:
      - type: DRUG
        name: Aspirin
      - type: DRUG
        name: Paracetamol
`,
    right: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
  armsInterventionsModule:
    armGroups:
      - label: A
        type: EXPERIMENTAL
        interventionNames: ['Drug: Aspirin', 'Drug: Paracetamol']
      - label: B
        type: NO_INTERVENTION
    interventions:
      - type: DRUG
        name: Aspirin
      - type: DRUG
        name: Paracetamol
`,
  },
  check(context) {
    if (studyType(context.study) !== 'INTERVENTIONAL') return;
    const { arms, interventions, links } = readArmsView(context.study);
    if (arms.length < 2) return;
    const linked = new Set<number>();
    for (const set of links.values()) set.forEach((i) => linked.add(i));
    for (const intervention of interventions) {
      if (linked.has(intervention.index)) continue;
      // Dangling labels are reported by arms/unknown-arm-label.
      if (intervention.armGroupLabels.length > 0) continue;
      context.report({
        messageId: 'orphan',
        pointer: `${intervention.pointer}/name`,
        data: { intervention: interventionName(intervention), count: arms.length },
      });
    }
  },
});
