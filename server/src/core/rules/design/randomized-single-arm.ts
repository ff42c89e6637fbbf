import { defineRule } from '../defineRule';
import { readArms } from '../../arms';
import { asString } from '../../model/read';
import { DESIGN_INFO, designInfo, studyType } from '../util/read';
import { replaceFix } from '../util/fixes';

export default defineRule({
  id: 'design/randomized-single-arm',
  description: 'A randomized allocation needs at least two arms to randomize between.',
  severity: 'error',
  catalogue: ['design-randomized-one-arm'],
  tier: 'house',
  fix: 'unsafe',
  messages: {
    oneArm:
      'Allocation is Randomized, but only one arm is listed. Add the arms participants are randomized to, or set Allocation to N/A.',
  },
  docs: {
    details:
      'Randomization assigns participants to one of several arms. A single-arm study has nothing to randomize between; the registry uses N/A for single-arm studies.',
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
    if (studyType(context.study) !== 'INTERVENTIONAL') return;
    const design = designInfo(context.study);
    if (design.allocation !== 'RANDOMIZED' || readArms(context.study).length !== 1) return;
    // A stepped-wedge or cluster design randomizes the order or the sites, not participants between arms (NCT05254535).
    if (/\b(?:stepped[- ]?wedge|cluster)/i.test(asString(design.interventionModelDescription) ?? '')) return;
    const pointer = `${DESIGN_INFO}/allocation`;
    context.report({
      messageId: 'oneArm',
      pointer,
      fixes: [replaceFix('Set Allocation to N/A', pointer, 'NA')],
    });
  },
});
