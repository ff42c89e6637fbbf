import { defineRule } from '../defineRule';
import { enumLabel } from '../../model/enums';
import {
  armName,
  armsLabelled,
  interventionName,
  interventionRefCandidates,
  readArmsView,
  sameLabel,
} from '../../arms';
import { appendFix } from '../util/fixes';

export default defineRule({
  id: 'arms/cross-reference-mismatch',
  description: "The arms' intervention names and the interventions' arm labels describe the same links.",
  severity: 'error',
  catalogue: ['crossref-asymmetric'],
  tier: 'house',
  fix: 'safe',
  messages: {
    armOnly:
      'Arm "{arm}" lists intervention "{intervention}", but the intervention does not list ' +
      'the arm. Add "{arm}" to its Arm Group Labels, or remove the name from the arm.',
    interventionOnly:
      'Intervention "{intervention}" lists arm "{arm}", but the arm does not list the ' +
      "intervention. Add it to the arm's Intervention Names, or remove the label.",
  },
  docs: {
    details:
      'The registry stores one relation between arms and interventions; a file that writes both ' +
      'directions (arm Intervention Names and intervention Arm Group Labels) must keep them ' +
      'in step. When only one direction is written, this rule stays quiet.',
    wrong: `protocolSection:
  armsInterventionsModule:
    armGroups:
      - label: A
        type: EXPERIMENTAL
        interventionNames: ['Drug: Aspirin']
      - label: B
        type: PLACEBO_COMPARATOR
        interventionNames: ['Drug: Placebo']
    interventions:
      - type: DRUG
        name: Aspirin
        armGroupLabels: [A, B]
      - type: DRUG
        name: Placebo
        armGroupLabels: [B]
`,
    right: `protocolSection:
  armsInterventionsModule:
    armGroups:
      - label: A
        type: EXPERIMENTAL
        interventionNames: ['Drug: Aspirin']
      - label: B
        type: PLACEBO_COMPARATOR
        interventionNames: ['Drug: Placebo']
    interventions:
      - type: DRUG
        name: Aspirin
        armGroupLabels: [A]
      - type: DRUG
        name: Placebo
        armGroupLabels: [B]
`,
  },
  check(context) {
    const { arms, interventions } = readArmsView(context.study);
    const bothDirections =
      arms.some((a) => a.interventionNames.length > 0) && interventions.some((i) => i.armGroupLabels.length > 0);
    if (!bothDirections) return;
    for (const arm of arms) {
      arm.interventionNames.forEach((ref, j) => {
        const candidates = interventionRefCandidates(ref, interventions);
        const target = candidates[0];
        if (
          !target ||
          !arm.label ||
          candidates.some((c) => c.armGroupLabels.some((l) => sameLabel(l, arm.label ?? '')))
        )
          return;
        context.report({
          messageId: 'armOnly',
          pointer: `${arm.pointer}/interventionNames/${j}`,
          data: { arm: armName(arm), intervention: interventionName(target) },
          fixes: [
            appendFix(
              `Add "${arm.label}" to the Arm Group Labels of "${interventionName(target)}"`,
              `${target.pointer}/armGroupLabels`,
              target.armGroupLabels.length,
              arm.label,
              { safe: true },
            ),
          ],
        });
      });
    }
    for (const intervention of interventions) {
      intervention.armGroupLabels.forEach((label, k) => {
        const [arm] = armsLabelled(arms, label);
        if (!arm || !intervention.name) return;
        if (
          arm.interventionNames.some((ref) =>
            interventionRefCandidates(ref, interventions).some((c) => c.index === intervention.index),
          )
        )
          return;
        const ref = intervention.type
          ? `${enumLabel('InterventionType', intervention.type)}: ${intervention.name}`
          : intervention.name;
        context.report({
          messageId: 'interventionOnly',
          pointer: `${intervention.pointer}/armGroupLabels/${k}`,
          data: { arm: armName(arm), intervention: intervention.name },
          fixes: [
            appendFix(
              `Add "${ref}" to the Intervention Names of "${armName(arm)}"`,
              `${arm.pointer}/interventionNames`,
              arm.interventionNames.length,
              ref,
              { safe: true },
            ),
          ],
        });
      });
    }
  },
});
