import { defineRule } from '../defineRule';
import { ALLOCATION, allocationNaFix, singleArmDesign } from '../util/singleArm';

export default defineRule({
  id: 'design/single-arm-allocation',
  description: 'A single-arm study uses Allocation N/A.',
  severity: 'warning',
  catalogue: ['design-single-arm-allocation'],
  tier: 'prs-unverified',
  fix: 'unsafe',
  messages: {
    notNa: 'Only one arm is listed, but Allocation is Non-Randomized. Single-arm studies use N/A.',
  },
  docs: {
    details:
      'The registry defines Allocation N/A for single-arm studies; Non-Randomized describes how participants ' +
      'are assigned to several arms. (Randomized with one arm is reported by design/randomized-single-arm.)',
    wrong: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
    designInfo:
      allocation: NON_RANDOMIZED
  armsInterventionsModule:
    armGroups:
      - label: Drug A
        type: EXPERIMENTAL
`,
    right: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
    designInfo:
      allocation: NA
  armsInterventionsModule:
    armGroups:
      - label: Drug A
        type: EXPERIMENTAL
`,
  },
  check(context) {
    if (singleArmDesign(context.study)?.allocation !== 'NON_RANDOMIZED') return;
    context.report({ messageId: 'notNa', pointer: ALLOCATION, fixes: [allocationNaFix()] });
  },
});
