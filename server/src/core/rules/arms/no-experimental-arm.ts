import { defineRule } from '../defineRule';
import { readArms } from '../../arms';
import { ARMS_MODULE, studyType } from '../util/read';
import { position } from '../util/text';

const CONTROLS = new Set(['PLACEBO_COMPARATOR', 'SHAM_COMPARATOR']);

export default defineRule({
  id: 'arms/no-experimental-arm',
  description: 'A controlled interventional study has an Experimental arm.',
  severity: 'info',
  catalogue: ['comparator-no-experimental'],
  tier: 'house',
  messages: {
    none:
      'The study has a control arm ("{control}") but no Experimental arm. Check the ' +
      'arm types: the arm that receives the intervention under study is Experimental.',
  },
  docs: {
    details:
      'Many legitimate studies have no Experimental arm (head-to-head comparisons of approved treatments, ' +
      'all-Other arms in health services research), so the rule only speaks when a placebo or sham ' +
      'control is present (or a no-intervention control next to Active Comparator arms only): something ' +
      'is then compared against it, and that arm is usually mis-typed as Active Comparator or Other.',
    wrong: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
  armsInterventionsModule:
    armGroups:
      - label: Drug X
        type: ACTIVE_COMPARATOR
      - label: Placebo
        type: PLACEBO_COMPARATOR
`,
    right: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
  armsInterventionsModule:
    armGroups:
      - label: Drug X
        type: EXPERIMENTAL
      - label: Placebo
        type: PLACEBO_COMPARATOR
`,
  },
  check(context) {
    if (studyType(context.study) !== 'INTERVENTIONAL') return;
    const arms = readArms(context.study);
    if (arms.length < 2 || arms.some((a) => a.type === 'EXPERIMENTAL' || a.type === undefined)) return;
    // A no-intervention control counts only when every other arm is an Active Comparator: "Other" arms
    // compared with no intervention are common in behavioural and health-services research.
    const noIntervention = arms.find((a) => a.type === 'NO_INTERVENTION');
    const activeOnly = arms.every((a) => a.type === 'NO_INTERVENTION' || a.type === 'ACTIVE_COMPARATOR');
    const control =
      arms.find((a) => a.type !== undefined && CONTROLS.has(a.type)) ?? (activeOnly ? noIntervention : undefined);
    if (!control) return;
    context.report({
      messageId: 'none',
      pointer: `${ARMS_MODULE}/armGroups`,
      target: 'key',
      data: { control: control.label ?? position(control.index) },
    });
  },
});
