import { defineRule } from '../defineRule';
import { readArms } from '../../arms';
import { DESIGN_INFO, designInfo, studyType } from '../util/read';

export default defineRule({
  id: 'design/single-group-multiple-arms',
  description: 'A Single Group Assignment design lists exactly one arm.',
  severity: 'warning',
  fix: 'unsafe',
  messages: {
    tooManyArms: 'Single-group model, but {count} arms are listed. Change the model to Parallel Assignment or keep one arm.',
  },
  docs: {
    details:
      'The registry defines Single Group Assignment as a design in which all participants receive the same intervention, that is a single arm. A record that lists several arms with this model contradicts itself; reviewers flag it as "inconsistent with other parts of the record".',
    wrong: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
    designInfo:
      interventionModel: SINGLE_GROUP
  armsInterventionsModule:
    armGroups:
      - label: Drug A
        type: EXPERIMENTAL
      - label: Drug B
        type: ACTIVE_COMPARATOR
`,
    right: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
    designInfo:
      interventionModel: PARALLEL
  armsInterventionsModule:
    armGroups:
      - label: Drug A
        type: EXPERIMENTAL
      - label: Drug B
        type: ACTIVE_COMPARATOR
`,
  },
  check(context) {
    if (studyType(context.study) !== 'INTERVENTIONAL') return;
    if (designInfo(context.study).interventionModel !== 'SINGLE_GROUP') return;
    const count = readArms(context.study).length;
    if (count < 2) return;
    const pointer = `${DESIGN_INFO}/interventionModel`;
    context.report({
      messageId: 'tooManyArms',
      pointer,
      data: { count },
      fixes: [
        {
          title: 'Change the model to Parallel Assignment',
          safe: false,
          isPreferred: true,
          operations: [{ op: 'replace', path: pointer, value: 'PARALLEL' }],
        },
      ],
    });
  },
});
