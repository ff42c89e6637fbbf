import { defineRule } from '../defineRule';
import { armsLabelled, interventionName, readArmsView } from '../../arms';

export default defineRule({
  id: 'arms/unknown-arm-label',
  description: 'Every arm label listed by an intervention names an arm of the record.',
  severity: 'error',
  catalogue: ['crossref-dangling'],
  tier: 'house',
  messages: {
    unknown:
      'Intervention "{intervention}" lists arm "{label}", but no arm has that label. Correct the label or add the arm.',
  },
  docs: {
    details:
      'Arm Group Labels are the join key of the arm/intervention ' +
      'cross-reference. A label that matches no arm is a typo or a renamed arm.',
    wrong: `protocolSection:
  armsInterventionsModule:
    armGroups:
      - label: Aspirin arm
        type: EXPERIMENTAL
    interventions:
      - type: DRUG
        name: Aspirin
        armGroupLabels: [Aspirin group]
`,
    right: `protocolSection:
  armsInterventionsModule:
    armGroups:
      - label: Aspirin arm
        type: EXPERIMENTAL
    interventions:
      - type: DRUG
        name: Aspirin
        armGroupLabels: [Aspirin arm]
`,
  },
  check(context) {
    const { arms, interventions } = readArmsView(context.study);
    if (arms.length === 0) return;
    for (const intervention of interventions) {
      intervention.armGroupLabels.forEach((label, k) => {
        if (armsLabelled(arms, label).length > 0) return;
        context.report({
          messageId: 'unknown',
          pointer: `${intervention.pointer}/armGroupLabels/${k}`,
          data: { intervention: interventionName(intervention), label },
        });
      });
    }
  },
});
