import { defineRule } from '../defineRule';
import { armName, readArms, readInterventions } from '../../arms';
import { MASKING, MASKING_LEVELS, readMasking } from '../util/masking';
import { studyType } from '../util/read';
import { isShamLike } from '../util/text';
import { enumLabel } from '../../model/enums';

export default defineRule({
  id: 'masking/single-arm-double-blind',
  description: 'A single open arm is not double-blinded.',
  severity: 'info',
  catalogue: ['masking-single-arm-blinded'],
  tier: 'house',
  messages: {
    blinded:
      'Only one arm ("{arm}") is listed and nothing is a placebo or sham, but Masking is {masking}. Check ' +
      'the masking: in a single-arm study participants and investigators usually know the treatment.',
  },
  docs: {
    details:
      'Blinding participants and investigators to a single treatment that everyone receives is unusual ' +
      'and often entered by mistake; masking only the outcome assessor is common and not reported.',
    wrong: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
    designInfo:
      maskingInfo:
        masking: DOUBLE
        whoMasked: [PARTICIPANT, INVESTIGATOR]
  armsInterventionsModule:
    armGroups:
      - label: Drug X
        type: EXPERIMENTAL
`,
    right: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
    designInfo:
      maskingInfo:
        masking: NONE
  armsInterventionsModule:
    armGroups:
      - label: Drug X
        type: EXPERIMENTAL
`,
  },
  check(context) {
    if (studyType(context.study) !== 'INTERVENTIONAL') return;
    const { masking, whoMasked } = readMasking(context.study);
    if (!masking || !Object.hasOwn(MASKING_LEVELS, masking) || MASKING_LEVELS[masking] < 2) return;
    // Assessor and care-provider masking is normal in single-arm studies: only participant + investigator blinding is
    // odd.
    if (!whoMasked?.includes('PARTICIPANT') || !whoMasked.includes('INVESTIGATOR')) return;
    const arms = readArms(context.study);
    if (arms.length !== 1) return;
    const texts = [
      arms[0].label,
      arms[0].description,
      ...readInterventions(context.study).flatMap((i) => [i.name, i.description]),
    ];
    if (texts.some((t) => t && isShamLike(t))) return;
    context.report({
      messageId: 'blinded',
      pointer: MASKING,
      data: { arm: armName(arms[0]), masking: enumLabel('DesignMasking', masking) },
    });
  },
});
