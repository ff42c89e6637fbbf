import { defineRule } from '../defineRule';
import { isFinalRuleStudy } from '../util/regulation';
import { readArmsView } from '../../arms';
import { ARMS_MODULE, studyType } from '../util/read';

export default defineRule({
  id: 'arms/no-arm-groups',
  description: 'An interventional study with interventions lists its arms.',
  severity: 'info',
  catalogue: ['req-int-arms-interventions'],
  tier: 'official',
  messages: {
    noArms:
      'The record lists {count} interventions but no arms. Add ' +
      'the arm groups and say which interventions each receives.',
  },
  docs: {
    details:
      'Records registered before arm groups were required have interventions but no arms. ' +
      'The registry now asks for at least one arm per interventional study. While arms are ' +
      'missing, the other arm checks stay quiet; this one finding stands for all of them.',
    wrong: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
  armsInterventionsModule:
    interventions:
      - type: DRUG
        name: Aspirin
`,
    right: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
  armsInterventionsModule:
    armGroups:
      - label: Aspirin
        type: EXPERIMENTAL
        interventionNames: ['Drug: Aspirin']
    interventions:
      - type: DRUG
        name: Aspirin
        armGroupLabels: [Aspirin]
`,
  },
  check(context) {
    if (studyType(context.study) !== 'INTERVENTIONAL') return;
    // Since the Final Rule the arms are required: arms/final-rule-without-arms reports it as an error.
    if (isFinalRuleStudy(context.study)) return;
    const { arms, interventions } = readArmsView(context.study);
    if (arms.length > 0 || interventions.length === 0) return;
    context.report({
      messageId: 'noArms',
      pointer: `${ARMS_MODULE}/interventions`,
      target: 'key',
      data: { count: interventions.length },
    });
  },
});
