import { defineRule } from '../defineRule';
import { readArms } from '../../arms';
import { normalizeText } from '../util/text';

export default defineRule({
  id: 'arms/duplicate-arm-label',
  description: 'Arm labels are unique.',
  severity: 'error',
  catalogue: ['arm-label-unique'],
  tier: 'prs-unverified',
  messages: {
    duplicate:
      'Arm label "{label}" is used by two arms (no. {first} ' +
      'and {second}, counting from 1). Give each arm its own label.',
  },
  docs: {
    details:
      'Labels are the join key of the arm/intervention cross-reference; ' +
      'two arms with the same label (ignoring case and spacing) cannot be told apart.',
    wrong: `protocolSection:
  armsInterventionsModule:
    armGroups:
      - label: Treatment
        type: EXPERIMENTAL
      - label: treatment
        type: ACTIVE_COMPARATOR
`,
    right: `protocolSection:
  armsInterventionsModule:
    armGroups:
      - label: New treatment
        type: EXPERIMENTAL
      - label: Standard treatment
        type: ACTIVE_COMPARATOR
`,
  },
  check(context) {
    const seen = new Map<string, number>();
    for (const arm of readArms(context.study)) {
      if (!arm.label) continue;
      const key = normalizeText(arm.label);
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, arm.index);
        continue;
      }
      context.report({
        messageId: 'duplicate',
        pointer: `${arm.pointer}/label`,
        data: { label: arm.label, first: first + 1, second: arm.index + 1 },
      });
    }
  },
});
