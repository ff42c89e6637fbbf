import { defineRule } from '../defineRule';
import { asString } from '../../model/read';
import { ALLOCATION, allocationNaFix, singleArmDesign } from '../util/singleArm';

export default defineRule({
  id: 'design/randomized-single-arm',
  description: 'A randomized allocation needs at least two arms to randomize between.',
  severity: 'error',
  catalogue: ['design-randomized-one-arm'],
  tier: 'house',
  fix: 'unsafe',
  messages: {
    oneArm:
      'Allocation is Randomized, but only one arm is listed. Add the ' +
      'arms participants are randomized to, or set Allocation to N/A.',
  },
  docs: {
    details:
      'Randomization assigns participants to one of several arms. A single-arm study ' +
      'has nothing to randomize between; the registry uses N/A for single-arm studies.',
    wrong: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
    designInfo:
      allocation: RANDOMIZED
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
    const design = singleArmDesign(context.study);
    if (design?.allocation !== 'RANDOMIZED') return;
    // A stepped-wedge or cluster design randomizes the order or the sites, not participants between arms (NCT05254535).
    if (/\b(?:stepped[- ]?wedge|cluster)/i.test(asString(design.interventionModelDescription) ?? '')) return;
    context.report({ messageId: 'oneArm', pointer: ALLOCATION, fixes: [allocationNaFix()] });
  },
});
