import { defineRule } from '../defineRule';
import { LEVEL_BY_COUNT, readMasking, setMaskingFix, WHO_MASKED } from '../util/masking';
import { enumLabel } from '../../model/enums';

export default defineRule({
  id: 'masking/roles-without-level',
  description: 'Masked roles come with a masking level.',
  severity: 'error',
  catalogue: ['masking-roles-without-level'],
  tier: 'house',
  fix: 'unsafe',
  messages: {
    noLevel: '{count} masked role(s) are listed, but Masking is not given. Set Masking to {level}.',
  },
  docs: {
    details: 'The masking level and the masked roles are one answer; roles without a level leave the block incomplete.',
    wrong: `protocolSection:
  designModule:
    designInfo:
      maskingInfo:
        whoMasked: [PARTICIPANT, INVESTIGATOR]
`,
    right: `protocolSection:
  designModule:
    designInfo:
      maskingInfo:
        masking: DOUBLE
        whoMasked: [PARTICIPANT, INVESTIGATOR]
`,
  },
  check(context) {
    const { masking, whoMasked } = readMasking(context.study);
    if (masking !== undefined || !whoMasked || whoMasked.length === 0) return;
    const count = new Set(whoMasked).size;
    const level = LEVEL_BY_COUNT[Math.min(count, 4)];
    context.report({
      messageId: 'noLevel',
      pointer: WHO_MASKED,
      target: 'key',
      data: { count, level: enumLabel('DesignMasking', level) },
      fixes: [setMaskingFix(level, 'add')],
    });
  },
});
