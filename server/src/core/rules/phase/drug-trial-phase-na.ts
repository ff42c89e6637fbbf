import { defineRule } from '../defineRule';
import { readInterventions } from '../../arms';
import { asArray, asString } from '../../model/read';
import { designInfo, pointerOf, protocolModule, studyType } from '../util/read';
import { isPlaceboLike } from '../util/text';

const DRUG_TYPES = new Set(['DRUG', 'BIOLOGICAL']);
const DRUG_PURPOSES = new Set(['TREATMENT', 'PREVENTION']);

export default defineRule({
  id: 'phase/drug-trial-phase-na',
  description: 'A drug trial states its phase.',
  severity: 'info',
  catalogue: ['phase-na-for-drug'],
  tier: 'prs-unverified',
  messages: {
    notApplicable:
      'Phase is Not Applicable, but {reason}. Drug and biological trials ' +
      'are expected to state their phase (Early Phase 1 to Phase 4).',
  },
  docs: {
    details:
      'Not Applicable is meant for trials without phases, such as device or behavioural trials. The rule ' +
      'speaks when the record says the trial studies an FDA-regulated drug, or when every intervention ' +
      'is a drug or biological (placebos aside) and the purpose is treatment or prevention. Mixed ' +
      'trials (drug plus device, procedure or behaviour) are left alone.',
    wrong: `protocolSection:
  oversightModule:
    isFdaRegulatedDrug: true
  designModule:
    studyType: INTERVENTIONAL
    phases: [NA]
`,
    right: `protocolSection:
  oversightModule:
    isFdaRegulatedDrug: true
  designModule:
    studyType: INTERVENTIONAL
    phases: [PHASE2]
`,
  },
  check(context) {
    if (studyType(context.study) !== 'INTERVENTIONAL') return;
    const phases = asArray(protocolModule(context.study, 'designModule').phases);
    if (phases.length !== 1 || phases[0] !== 'NA') return;
    const regulated = protocolModule(context.study, 'oversightModule').isFdaRegulatedDrug === true;
    const active = readInterventions(context.study).filter((i) => !isPlaceboLike(i.name ?? ''));
    const onlyDrugs = active.length > 0 && active.every((i) => i.type !== undefined && DRUG_TYPES.has(i.type));
    const purpose = asString(designInfo(context.study).primaryPurpose);
    if (!regulated && !(onlyDrugs && purpose && DRUG_PURPOSES.has(purpose))) return;
    context.report({
      messageId: 'notApplicable',
      pointer: pointerOf('designModule', 'phases', 0),
      data: {
        reason: regulated
          ? 'the study is marked as studying an FDA-regulated drug'
          : 'every intervention is a drug or biological',
      },
    });
  },
});
