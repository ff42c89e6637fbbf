import { defineRule } from '../defineRule';
import { armName, readArmsView } from '../../arms';
import { normalizeText } from '../util/text';
import { armsOfTypeReceiving } from '../util/arms';
import { replaceFix } from '../util/fixes';

const PLACEBO_NAME =
  /^(?:matching |matched |oral |iv )?(?:placebos?|sham|vehicle|saline|normal saline|dummy)(?:\b(?!\s*(?:\+|and|plus|with)\s)[^+]*)?$/;

export default defineRule({
  id: 'arms/experimental-arm-only-placebo',
  description: 'An Experimental arm receives more than a placebo.',
  severity: 'warning',
  catalogue: ['comparator-placebo-without-placebo'],
  tier: 'house',
  fix: 'unsafe',
  messages: {
    onlyPlacebo:
      'Arm "{arm}" is Experimental, but it receives only a placebo or ' +
      'sham. Change its type to Placebo Comparator or Sham Comparator.',
  },
  docs: {
    details:
      'An arm whose only interventions are placebos or shams is the control arm, ' +
      'not the experimental one; the type was probably picked from the wrong row.',
    wrong: `protocolSection:
  armsInterventionsModule:
    armGroups:
      - label: Control
        type: EXPERIMENTAL
        interventionNames: ['Drug: Placebo']
    interventions:
      - type: DRUG
        name: Placebo
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
    for (const { arm, received } of armsOfTypeReceiving(readArmsView(context.study), 'EXPERIMENTAL')) {
      if (!received.every((i) => i.name && PLACEBO_NAME.test(normalizeText(i.name)))) continue;
      const sham = received.some((i) => /sham/i.test(i.name ?? ''));
      const pointer = `${arm.pointer}/type`;
      context.report({
        messageId: 'onlyPlacebo',
        pointer,
        data: { arm: armName(arm) },
        fixes: [
          replaceFix(
            `Change the arm type to ${sham ? 'Sham Comparator' : 'Placebo Comparator'}`,
            pointer,
            sham ? 'SHAM_COMPARATOR' : 'PLACEBO_COMPARATOR',
          ),
        ],
      });
    }
  },
});
