import { defineRule } from '../defineRule';
import { readArms } from '../../arms';
import { DESIGN_INFO, designInfo, studyType } from '../util/read';

export default defineRule({
  id: 'design/randomized-single-arm',
  description: 'A randomized allocation needs at least two arms to randomize between.',
  severity: 'error',
  fix: 'unsafe',
  messages: {
    oneArm: 'Allocation is Randomized, but only one arm is listed. Add the arms participants are randomized to, or set Allocation to N/A.',
  },
  docs: {
    details: 'Randomization assigns participants to one of several arms. A single-arm study has nothing to randomize between; the registry uses N/A for single-arm studies.',
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
    if (designInfo(context.study).allocation !== 'RANDOMIZED' || readArms(context.study).length !== 1) return;
    const pointer = `${DESIGN_INFO}/allocation`;
    context.report({
      messageId: 'oneArm',
      pointer,
      fixes: [{ title: 'Set Allocation to N/A', safe: false, operations: [{ op: 'replace', path: pointer, value: 'NA' }] }],
    });
  },
});
