import { defineRule } from '../defineRule';
import { armName, readArmsView } from '../../arms';
import { armsOfTypeReceiving, quotedInterventionNames } from '../util/arms';
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
      'Arm "{arm}" is of type No Intervention, but it receives {interventions}. ' +
      'Change the arm type, or unlink the interventions.',
  },
  docs: {
    details:
      'An arm typed No Intervention that is linked to interventions contradicts itself: ' +
      'either the type is wrong (e.g. Active Comparator, Other) or the cross-reference is.',
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
    for (const { arm, received } of armsOfTypeReceiving(readArmsView(context.study), 'NO_INTERVENTION')) {
      const pointer = `${arm.pointer}/type`;
      context.report({
        messageId: 'receives',
        pointer,
        data: { arm: armName(arm), interventions: quotedInterventionNames(received) },
        fixes: [replaceFix('Change the arm type to Other', pointer, 'OTHER')],
      });
    }
  },
});
