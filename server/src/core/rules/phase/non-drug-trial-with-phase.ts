import { defineRule } from '../defineRule';
import { enumLabel } from '../../model/enums';
import { readInterventions } from '../../arms';
import { asArray } from '../../model/read';
import { pointerOf, protocolModule, studyType } from '../util/read';
import { replaceFix } from '../util/fixes';

const NON_DRUG = new Set(['DEVICE', 'BEHAVIORAL', 'PROCEDURE', 'DIAGNOSTIC_TEST']);

export default defineRule({
  id: 'phase/non-drug-trial-with-phase',
  description: 'A device, behavioural or procedure trial uses phase Not Applicable.',
  severity: 'info',
  catalogue: ['phase-set-for-non-drug'],
  tier: 'official',
  fix: 'unsafe',
  messages: {
    phase:
      'Phase is {phases}, but every intervention is a {types}. Phases describe ' +
      'drug development; use Not Applicable unless a drug is studied.',
  },
  docs: {
    details:
      'The registry describes Not Applicable as the phase of trials "without phases, e.g. devices or behavioral ' +
      'interventions". The rule speaks when every intervention is a device, behavioural intervention, ' +
      'procedure or diagnostic test and the record does not mark an FDA-regulated drug.',
    wrong: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
    phases: [PHASE3]
  armsInterventionsModule:
    interventions:
      - type: BEHAVIORAL
        name: Exercise program
`,
    right: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
    phases: [NA]
  armsInterventionsModule:
    interventions:
      - type: BEHAVIORAL
        name: Exercise program
`,
  },
  check(context) {
    if (studyType(context.study) !== 'INTERVENTIONAL') return;
    const phases = asArray(protocolModule(context.study, 'designModule').phases).filter(
      (p): p is string => typeof p === 'string' && p !== 'NA',
    );
    if (phases.length === 0 || protocolModule(context.study, 'oversightModule').isFdaRegulatedDrug === true) return;
    const interventions = readInterventions(context.study);
    if (interventions.length === 0 || !interventions.every((i) => i.type !== undefined && NON_DRUG.has(i.type))) return;
    const types = [
      ...new Set(interventions.map((i) => enumLabel('InterventionType', i.type ?? '').toLowerCase())),
    ].join(' or ');
    const pointer = pointerOf('designModule', 'phases');
    context.report({
      messageId: 'phase',
      pointer,
      data: { phases: phases.map((p) => enumLabel('Phase', p)).join('/'), types },
      fixes: [replaceFix('Set the phase to Not Applicable', pointer, ['NA'])],
    });
  },
});
