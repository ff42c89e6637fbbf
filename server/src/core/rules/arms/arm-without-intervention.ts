import { defineRule } from '../defineRule';
import { enumLabel } from '../../model/enums';
import { armName, readArmsView } from '../../arms';
import { studyType } from '../util/read';

export default defineRule({
  id: 'arms/arm-without-intervention',
  description: 'Every interventional arm other than No Intervention receives at least one intervention.',
  severity: 'error',
  catalogue: ['arm-without-intervention'],
  tier: 'prs-unverified',
  messages: {
    nothing:
      'Arm "{arm}" ({type}) receives no intervention. Link the ' +
      'interventions it receives, or change its type to No Intervention.',
  },
  docs: {
    details:
      'Every active arm of an interventional study must receive something. The link is ' +
      "made by the arm's Intervention Names or by the interventions' Arm Group Labels.",
    wrong: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
  armsInterventionsModule:
    armGroups:
      - label: Aspirin
        type: EXPERIMENTAL
      - label: Control
        type: PLACEBO_COMPARATOR
        interventionNames: ['Drug: Placebo']
    interventions:
      - type: DRUG
        name: Placebo
`,
    right: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
  armsInterventionsModule:
    armGroups:
      - label: Aspirin
        type: EXPERIMENTAL
        interventionNames: ['Drug: Aspirin']
      - label: Control
        type: PLACEBO_COMPARATOR
        interventionNames: ['Drug: Placebo']
    interventions:
      - type: DRUG
        name: Aspirin
      - type: DRUG
        name: Placebo
`,
  },
  check(context) {
    if (studyType(context.study) !== 'INTERVENTIONAL') return;
    const { arms, interventions, links } = readArmsView(context.study);
    if (interventions.length === 0) return;
    for (const arm of arms) {
      if (arm.type === 'NO_INTERVENTION' || (links.get(arm.index)?.size ?? 0) > 0) continue;
      // A name that points nowhere is reported by arms/unknown-intervention-name instead.
      if (arm.interventionNames.length > 0) continue;
      context.report({
        messageId: 'nothing',
        pointer: `${arm.pointer}/label`,
        data: { arm: armName(arm), type: arm.type ? enumLabel('ArmGroupType', arm.type) : 'no type' },
      });
    }
  },
});
