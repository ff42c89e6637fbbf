import { defineRule } from '../defineRule';
import { enumLabel } from '../../model/enums';
import { asString } from '../../model/read';
import { DESIGN_INFO } from '../util/read';
import { replaceFix } from '../util/fixes';
import { singleArmDesign } from '../util/singleArm';

const MULTI_ARM_MODELS = new Set(['PARALLEL', 'CROSSOVER', 'FACTORIAL']);

export default defineRule({
  id: 'design/multi-arm-model-single-arm',
  description: 'A Parallel, Crossover or Factorial design lists more than one arm.',
  severity: 'warning',
  catalogue: ['design-multi-model-one-arm'],
  tier: 'prs-unverified',
  fix: 'unsafe',
  messages: {
    oneArm: '{model}, but only one arm is listed. Add the missing arms or change the model to Single Group Assignment.',
  },
  docs: {
    details:
      'Parallel and crossover designs compare at least two arms, and a factorial design usually ' +
      'has four cells. With one arm the model is Single Group Assignment, or arms are missing.',
    wrong: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
    designInfo:
      interventionModel: PARALLEL
  armsInterventionsModule:
    armGroups:
      - label: Drug A
        type: EXPERIMENTAL
`,
    right: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
    designInfo:
      interventionModel: SINGLE_GROUP
  armsInterventionsModule:
    armGroups:
      - label: Drug A
        type: EXPERIMENTAL
`,
  },
  check(context) {
    const model = asString(singleArmDesign(context.study)?.interventionModel);
    if (!model || !MULTI_ARM_MODELS.has(model)) return;
    const pointer = `${DESIGN_INFO}/interventionModel`;
    context.report({
      messageId: 'oneArm',
      pointer,
      data: { model: enumLabel('InterventionalAssignment', model) },
      fixes: [replaceFix('Change the model to Single Group Assignment', pointer, 'SINGLE_GROUP')],
    });
  },
});
