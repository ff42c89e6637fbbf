import { defineRule } from '../defineRule';
import { readArms } from '../../arms';
import { designInfo, studyType } from '../util/read';
import { ALLOCATION } from '../util/singleArm';

export default defineRule({
  id: 'design/allocation-na-multiple-arms',
  description: 'Allocation N/A is for single-arm studies.',
  severity: 'warning',
  catalogue: ['design-allocation-na-multi-arm'],
  tier: 'prs-unverified',
  messages: {
    severalArms:
      'Allocation is N/A, but {count} arms are listed. Say how ' +
      'participants are assigned: Randomized or Non-Randomized.',
  },
  docs: {
    details:
      'The registry reserves Allocation N/A for single-arm studies. With several ' +
      'arms, participants are assigned to them either at random or not.',
    wrong: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
    designInfo:
      allocation: NA
  armsInterventionsModule:
    armGroups:
      - label: Low dose
        type: EXPERIMENTAL
      - label: High dose
        type: EXPERIMENTAL
`,
    right: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
    designInfo:
      allocation: NON_RANDOMIZED
  armsInterventionsModule:
    armGroups:
      - label: Low dose
        type: EXPERIMENTAL
      - label: High dose
        type: EXPERIMENTAL
`,
  },
  check(context) {
    if (studyType(context.study) !== 'INTERVENTIONAL') return;
    const count = readArms(context.study).length;
    if (designInfo(context.study).allocation !== 'NA' || count < 2) return;
    context.report({ messageId: 'severalArms', pointer: ALLOCATION, data: { count } });
  },
});
