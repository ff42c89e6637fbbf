import { defineRule } from '../defineRule';
import { enumLabel } from '../../model/enums';
import { LEVEL_BY_COUNT, MASKING, MASKING_LEVELS, readMasking, setMaskingFix } from '../util/masking';
import { plural } from '../util/text';

export default defineRule({
  id: 'masking/level-role-count',
  description: 'The masking level equals the number of masked roles.',
  severity: 'error',
  catalogue: ['masking-level-count'],
  tier: 'prs-unverified',
  fix: 'unsafe',
  messages: {
    mismatch: 'Masking is {level} ({expected}), but {actual} listed in Who Is Masked. Make the level match the roles.',
  },
  docs: {
    details:
      'The registry derives the masking level from the roles ticked: Single = 1 role, Double = 2, ' +
      'Triple = 3, Quadruple = 4 (Participant, Care Provider, Investigator, Outcomes Assessor).',
    wrong: `protocolSection:
  designModule:
    designInfo:
      maskingInfo:
        masking: DOUBLE
        whoMasked: [PARTICIPANT, INVESTIGATOR, OUTCOMES_ASSESSOR]
`,
    right: `protocolSection:
  designModule:
    designInfo:
      maskingInfo:
        masking: TRIPLE
        whoMasked: [PARTICIPANT, INVESTIGATOR, OUTCOMES_ASSESSOR]
`,
  },
  check(context) {
    const { masking, whoMasked } = readMasking(context.study);
    const expected =
      masking !== undefined && Object.hasOwn(MASKING_LEVELS, masking) ? MASKING_LEVELS[masking] : undefined;
    if (!expected || !whoMasked || whoMasked.length === 0) return;
    const count = new Set(whoMasked).size;
    if (count === expected || count > 4) return;
    const level = LEVEL_BY_COUNT[count];
    context.report({
      messageId: 'mismatch',
      pointer: MASKING,
      data: {
        level: enumLabel('DesignMasking', masking ?? ''),
        expected: plural(expected, 'role'),
        actual: count === 1 ? '1 role is' : `${count} roles are`,
      },
      fixes: [setMaskingFix(level, 'replace')],
    });
  },
});
