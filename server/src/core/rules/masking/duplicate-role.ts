import { defineRule } from '../defineRule';
import { enumLabel } from '../../model/enums';
import { readMasking, WHO_MASKED } from '../util/masking';
import { removeFix } from '../util/fixes';

export default defineRule({
  id: 'masking/duplicate-role',
  description: 'Each masked role is listed once.',
  severity: 'error',
  catalogue: ['masking-duplicate-role'],
  tier: 'house',
  fix: 'safe',
  messages: {
    duplicate: '{role} is listed twice in Who Is Masked. Remove the repeat.',
  },
  docs: {
    details: 'A role listed twice inflates the role count that the masking level is checked against.',
    wrong: `protocolSection:
  designModule:
    designInfo:
      maskingInfo:
        masking: DOUBLE
        whoMasked: [PARTICIPANT, PARTICIPANT]
`,
    right: `protocolSection:
  designModule:
    designInfo:
      maskingInfo:
        masking: SINGLE
        whoMasked: [PARTICIPANT]
`,
  },
  check(context) {
    const { whoMasked } = readMasking(context.study);
    const seen = new Set<string>();
    whoMasked?.forEach((role, index) => {
      if (!seen.has(role)) {
        seen.add(role);
        return;
      }
      const pointer = `${WHO_MASKED}/${index}`;
      context.report({
        messageId: 'duplicate',
        pointer,
        data: { role: enumLabel('WhoMasked', role) },
        unnecessary: true,
        fixes: [removeFix('Remove the repeated role', pointer, { safe: true })],
      });
    });
  },
});
