import { defineRule } from '../defineRule';
import { armName, interventionName, readArmsView } from '../../arms';
import { ARMS_MODULE } from '../util/read';
import { replaceFix } from '../util/fixes';

export default defineRule({
  id: 'arms/no-intervention-arm-with-interventions',
  description: 'A No Intervention arm receives no intervention.',
  severity: 'error',
  catalogue: ['arm-no-intervention-linked'],
  tier: 'prs-unverified',
  fix: 'unsafe',
  messages: {
    receives:
      'Arm "{arm}" is of type No Intervention, but it receives {interventions}. Change the arm type, or unlink the interventions.',
  },
  docs: {
    details:
      'An arm typed No Intervention that is linked to interventions contradicts itself: either the type is wrong (e.g. Active Comparator, Other) or the cross-reference is.',
    wrong: `protocolSection:
  armsInterventionsModule:
    armGroups:
      - label: Control
        type: NO_INTERVENTION
        interventionNames: ['Behavioral: Diet']
    interventions:
      - type: BEHAVIORAL
        name: Diet
`,
    right: `protocolSection:
  armsInterventionsModule:
    armGroups:
      - label: Control
        type: NO_INTERVENTION
      - label: Diet
        type: EXPERIMENTAL
        interventionNames: ['Behavioral: Diet']
    interventions:
      - type: BEHAVIORAL
        name: Diet
`,
  },
  check(context) {
    const { arms, interventions, links } = readArmsView(context.study);
    for (const arm of arms) {
      if (arm.type !== 'NO_INTERVENTION') continue;
      const received = [...(links.get(arm.index) ?? [])].map((i) => `"${interventionName(interventions[i])}"`);
      if (received.length === 0) continue;
      const pointer = `${ARMS_MODULE}/armGroups/${arm.index}/type`;
      context.report({
        messageId: 'receives',
        pointer,
        data: { arm: armName(arm), interventions: received.join(', ') },
        fixes: [replaceFix('Change the arm type to Other', pointer, 'OTHER')],
      });
    }
  },
});
