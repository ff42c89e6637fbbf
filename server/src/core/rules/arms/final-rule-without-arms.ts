import { defineRule } from '../defineRule';
import { readArms } from '../../arms';
import { isFinalRuleStudy } from '../util/regulation';
import { asObject, readPath } from '../../model/read';
import { ARMS_MODULE, pointerOf, studyType } from '../util/read';

export default defineRule({
  id: 'arms/final-rule-without-arms',
  description: 'An interventional study that started under the Final Rule lists its arms.',
  severity: 'error',
  catalogue: ['req-int-arms-interventions'],
  tier: 'official',
  messages: {
    noArms:
      'The study is interventional and started on or after 2017-01-18, but it lists no arm. ' +
      'Add each arm with its label, type, description and interventions.',
  },
  docs: {
    details:
      'Arms are required for interventional studies; since the FDAAA 801 Final Rule (studies starting on or after ' +
      '2017-01-18) the registry does not release a record without them. Older ' +
      'published records sometimes lack them (arms/no-arm-groups, a note).',
    wrong: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
  statusModule:
    startDateStruct:
      date: 2021-04-01
      type: ACTUAL
  armsInterventionsModule:
    interventions:
      - type: DRUG
        name: Drug X
`,
    right: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
  statusModule:
    startDateStruct:
      date: 2021-04-01
      type: ACTUAL
  armsInterventionsModule:
    armGroups:
      - label: Drug X
        type: EXPERIMENTAL
        description: Drug X 10 mg daily for 12 weeks.
        interventionNames: ["Drug: Drug X"]
    interventions:
      - type: DRUG
        name: Drug X
        armGroupLabels: [Drug X]
`,
  },
  check(context) {
    if (studyType(context.study) !== 'INTERVENTIONAL' || !isFinalRuleStudy(context.study)) return;
    if (readArms(context.study).length > 0) return;
    const module = asObject(readPath(context.study, 'protocolSection', 'armsInterventionsModule'));
    // Without the module at all, the schema reports the missing module.
    if (!module) return;
    context.report({
      messageId: 'noArms',
      pointer: 'armGroups' in module ? `${ARMS_MODULE}/armGroups` : pointerOf('armsInterventionsModule'),
      target: 'key',
    });
  },
});
