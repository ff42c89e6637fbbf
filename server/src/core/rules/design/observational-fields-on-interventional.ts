import { defineRule } from '../defineRule';
import { readPath } from '../../model/read';
import { pointerOf, studyType } from '../util/read';
import { removeFix } from '../util/fixes';

const FIELDS: readonly [module: string, path: readonly string[], label: string][] = [
  ['designModule', ['designInfo', 'observationalModel'], 'Observational Model'],
  ['designModule', ['designInfo', 'timePerspective'], 'Time Perspective'],
  ['designModule', ['bioSpec'], 'Biospecimen Retention'],
  ['designModule', ['patientRegistry'], 'Patient Registry'],
  ['designModule', ['targetDuration'], 'Target Follow-Up Duration'],
  ['eligibilityModule', ['studyPopulation'], 'Study Population Description'],
  ['eligibilityModule', ['samplingMethod'], 'Sampling Method'],
];

export default defineRule({
  id: 'design/observational-fields-on-interventional',
  description: 'Interventional records carry no observational-only fields.',
  severity: 'error',
  catalogue: ['type-obs-fields-on-int'],
  tier: 'official',
  fix: 'unsafe',
  messages: {
    observationalField:
      '{field} applies to observational studies only, but the study type is ' +
      'Interventional. Remove it, or change the study type.',
  },
  docs: {
    details:
      'Observational Model, Time Perspective, Biospecimen Retention, Patient Registry, Target Follow-Up Duration, ' +
      'Study Population and Sampling Method are collected if and only if the study is observational.',
    wrong: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
    designInfo:
      allocation: RANDOMIZED
      timePerspective: PROSPECTIVE
`,
    right: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
    designInfo:
      allocation: RANDOMIZED
`,
  },
  check(context) {
    if (studyType(context.study) !== 'INTERVENTIONAL') return;
    for (const [moduleName, path, field] of FIELDS) {
      if (readPath(context.study, 'protocolSection', moduleName, ...path) === undefined) continue;
      const pointer = pointerOf(moduleName, ...path);
      context.report({
        messageId: 'observationalField',
        pointer,
        target: 'key',
        data: { field },
        fixes: [removeFix(`Remove ${field}`, pointer)],
      });
    }
  },
});
