import { defineRule } from '../defineRule';
import { armName, readArmsView } from '../../arms';
import { isPlaceboLike } from '../util/text';
import { armsOfTypeReceiving } from '../util/arms';

export default defineRule({
  id: 'arms/placebo-comparator-without-placebo',
  description: 'A Placebo Comparator arm receives a placebo.',
  severity: 'info',
  catalogue: ['comparator-placebo-without-placebo'],
  tier: 'house',
  messages: {
    noPlacebo:
      'Arm "{arm}" is a Placebo Comparator, but none of its interventions is a ' +
      'placebo. Link the placebo, or change the arm type (e.g. Active Comparator).',
  },
  docs: {
    details:
      'The arm type and what the arm receives should agree: a Placebo Comparator ' +
      'arm is linked to a placebo (also "vehicle", "dummy", "saline"). The check ' +
      'reads the names, other names and descriptions of the linked interventions.',
    wrong: `protocolSection:
  armsInterventionsModule:
    armGroups:
      - label: Control
        type: PLACEBO_COMPARATOR
        interventionNames: ['Drug: Ibuprofen']
    interventions:
      - type: DRUG
        name: Ibuprofen
`,
    right: `protocolSection:
  armsInterventionsModule:
    armGroups:
      - label: Control
        type: PLACEBO_COMPARATOR
        interventionNames: ['Drug: Placebo']
    interventions:
      - type: DRUG
        name: Placebo
`,
  },
  check(context) {
    for (const { arm, received } of armsOfTypeReceiving(readArmsView(context.study), 'PLACEBO_COMPARATOR')) {
      const texts = received.flatMap((i) => [i.name ?? '', i.description ?? '', ...i.otherNames]);
      if (texts.some(isPlaceboLike) || isPlaceboLike(arm.label ?? '') || isPlaceboLike(arm.description ?? '')) continue;
      context.report({
        messageId: 'noPlacebo',
        pointer: `${arm.pointer}/type`,
        data: { arm: armName(arm) },
      });
    }
  },
});
