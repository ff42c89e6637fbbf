import { defineRule } from '../defineRule';
import { armName, readArms } from '../../arms';
import { studyType } from '../util/read';

export default defineRule({
  id: 'arms/arm-description-missing',
  description: 'Every arm of an interventional study has a description.',
  severity: 'warning',
  catalogue: ['arm-description-missing'],
  tier: 'official',
  messages: {
    missing:
      'Arm "{arm}" has no description. Say what participants in this arm receive ' +
      '(dose, schedule, duration), so that readers can tell the arms apart.',
  },
  docs: {
    details:
      'The data element definitions make the arm description conditionally required: ' +
      'it is how a reader tells arms apart and learns what each receives.',
    wrong: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
  armsInterventionsModule:
    armGroups:
      - label: A
        type: EXPERIMENTAL
`,
    right: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
  armsInterventionsModule:
    armGroups:
      - label: A
        type: EXPERIMENTAL
        description: Drug X 10 mg once daily for 12 weeks.
`,
  },
  check(context) {
    if (studyType(context.study) !== 'INTERVENTIONAL') return;
    for (const arm of readArms(context.study)) {
      if (arm.description) continue;
      context.report({
        messageId: 'missing',
        pointer: arm.pointer,
        data: { arm: armName(arm) },
      });
    }
  },
});
