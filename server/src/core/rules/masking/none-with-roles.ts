import { defineRule } from '../defineRule';
import { enumLabel } from '../../model/enums';
import { readMasking, WHO_MASKED } from '../util/masking';
import { removeFix } from '../util/fixes';

export default defineRule({
  id: 'masking/none-with-roles',
  description: 'An open-label study masks nobody.',
  severity: 'error',
  catalogue: ['masking-none-with-roles'],
  tier: 'official',
  fix: 'unsafe',
  messages: {
    rolesListed:
      'Masking is None (Open Label), but {roles} are listed as masked. Remove the roles, or set the masking level.',
  },
  docs: {
    details: 'With Masking None (Open Label) every party knows the assignment, so Who Is Masked must be empty.',
    wrong: `protocolSection:
  designModule:
    designInfo:
      maskingInfo:
        masking: NONE
        whoMasked: [PARTICIPANT]
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
    const { masking, whoMasked } = readMasking(context.study);
    if (masking !== 'NONE' || !whoMasked || whoMasked.length === 0) return;
    context.report({
      messageId: 'rolesListed',
      pointer: WHO_MASKED,
      data: { roles: whoMasked.map((w) => enumLabel('WhoMasked', w)).join(', ') },
      fixes: [removeFix('Remove Who Is Masked', WHO_MASKED)],
    });
  },
});
