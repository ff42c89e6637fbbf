import { defineRule } from '../defineRule';
import { armName, readArmsView } from '../../arms';
import { isShamLike } from '../util/text';
import { armsOfTypeReceiving } from '../util/arms';

export default defineRule({
  id: 'arms/sham-comparator-without-sham',
  description: 'A Sham Comparator arm receives a sham.',
  severity: 'info',
  catalogue: ['comparator-sham-type'],
  tier: 'house',
  messages: {
    noSham:
      'Arm "{arm}" is a Sham Comparator, but none of its interventions is ' +
      'a sham. Link the sham procedure or device, or change the arm type.',
  },
  docs: {
    details:
      'A Sham Comparator arm receives an imitation of the procedure or device under ' +
      'study ("sham", "simulated", "mock", "placebo"). The check reads the arm ' +
      'and the names, other names and descriptions of the linked interventions.',
    wrong: `protocolSection:
  armsInterventionsModule:
    armGroups:
      - label: Control
        type: SHAM_COMPARATOR
        interventionNames: ['Device: Stimulator']
    interventions:
      - type: DEVICE
        name: Stimulator
`,
    right: `protocolSection:
  armsInterventionsModule:
    armGroups:
      - label: Control
        type: SHAM_COMPARATOR
        interventionNames: ['Device: Sham stimulation']
    interventions:
      - type: DEVICE
        name: Sham stimulation
`,
  },
  check(context) {
    for (const { arm, received } of armsOfTypeReceiving(readArmsView(context.study), 'SHAM_COMPARATOR')) {
      const texts = [
        arm.label ?? '',
        arm.description ?? '',
        ...received.flatMap((i) => [i.name ?? '', i.description ?? '', ...i.otherNames]),
      ];
      if (texts.some(isShamLike)) continue;
      context.report({
        messageId: 'noSham',
        pointer: `${arm.pointer}/type`,
        data: { arm: armName(arm) },
      });
    }
  },
});
