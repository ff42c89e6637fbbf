import { defineRule } from '../defineRule';
import { enumLabel } from '../../model/enums';
import { readArms } from '../../arms';
import { DESIGN_INFO, designInfo, studyType } from '../util/read';
import { position } from '../util/text';
import { removeFix } from '../util/fixes';

const FIELDS: readonly [key: string, label: string][] = [
  ['allocation', 'Allocation'],
  ['interventionModel', 'Intervention Model'],
  ['primaryPurpose', 'Primary Purpose'],
  ['maskingInfo', 'Masking'],
];

export default defineRule({
  id: 'design/interventional-fields-on-non-interventional',
  description: 'Observational and expanded-access records carry no interventional design fields or arm types.',
  severity: 'error',
  catalogue: ['type-int-fields-on-obs', 'obs-group-has-type'],
  tier: 'official',
  fix: 'unsafe',
  messages: {
    designField:
      '{field} is an interventional design field, but the study type is {type}. Remove it, or change the study type.',
    armType:
      'Arm "{label}" has a type, but arm types apply to interventional ' +
      'studies only and the study type is {type}. Remove the type.',
  },
  docs: {
    details:
      'The registry collects Allocation, Intervention Model, Primary Purpose, Masking and arm types if and ' +
      'only if the study is interventional. On an observational or expanded-access record these values are ' +
      'leftovers that contradict the study type. (Phases are reported by phase/observational-with-phase.)',
    wrong: `protocolSection:
  designModule:
    studyType: OBSERVATIONAL
    designInfo:
      observationalModel: COHORT
      allocation: RANDOMIZED
`,
    right: `protocolSection:
  designModule:
    studyType: OBSERVATIONAL
    designInfo:
      observationalModel: COHORT
`,
  },
  check(context) {
    const type = studyType(context.study);
    if (type !== 'OBSERVATIONAL' && type !== 'EXPANDED_ACCESS') return;
    const typeLabel = enumLabel('StudyType', type);
    const info = designInfo(context.study);
    for (const [key, field] of FIELDS) {
      if (info[key] === undefined) continue;
      const pointer = `${DESIGN_INFO}/${key}`;
      context.report({
        messageId: 'designField',
        pointer,
        target: 'key',
        data: { field, type: typeLabel },
        fixes: [removeFix(`Remove ${field}`, pointer)],
      });
    }
    for (const arm of readArms(context.study)) {
      if (arm.type === undefined) continue;
      const pointer = `${arm.pointer}/type`;
      context.report({
        messageId: 'armType',
        pointer,
        target: 'key',
        data: { label: arm.label ?? position(arm.index), type: typeLabel },
        fixes: [removeFix('Remove the arm type', pointer)],
      });
    }
  },
});
