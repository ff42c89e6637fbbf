import { defineRule } from '../defineRule';
import { enumLabel } from '../../model/enums';
import { ARM_TYPE_COMPARATORS, type ArmsView, armName, interventionsNamedIn, readArmsView } from '../../arms';
import { isPlaceboLike } from '../util/text';
import { quotedInterventionNames } from '../util/arms';
import { replaceFix } from '../util/fixes';

/**
 * What an arm receives: its linked interventions plus the listed interventions named inside a linked combination
 * ("A+B").
 */
function received(view: ArmsView, armIndex: number): Set<number> {
  const arm = view.arms[armIndex];
  const result = new Set(view.links.get(armIndex) ?? []);
  for (const i of [...result]) {
    const name = view.interventions[i].name;
    if (name) interventionsNamedIn(name, view.interventions, i).forEach((j) => result.add(j));
  }
  if (arm.label) interventionsNamedIn(arm.label, view.interventions).forEach((j) => result.add(j));
  return result;
}

export default defineRule({
  id: 'arms/comparator-receives-experimental',
  description: 'A comparator arm does not receive the intervention under study.',
  severity: 'warning',
  catalogue: ['arm-comparator-receives-experimental'],
  tier: 'official',
  fix: 'unsafe',
  messages: {
    receivesStudied:
      'Arm "{arm}" is typed {type}, but it receives {intervention}, the intervention of Experimental ' +
      'arm "{experimental}", and more. An arm that gets the intervention under study is Experimental.',
  },
  docs: {
    details:
      'A comparator arm is what the experimental intervention is compared against. When a comparator arm ' +
      'receives everything an Experimental arm receives (apart from background therapy given in every ' +
      'arm) plus what another comparator arm receives, it is the combination arm of an "A, B, ' +
      'A+B" design: another experimental arm. Combinations entered as one intervention ("UC-MSC+DMARDs") ' +
      'are read through the interventions they name. Arms that differ only by dose are not reported.',
    wrong: `protocolSection:
  armsInterventionsModule:
    armGroups:
      - label: Cells
        type: EXPERIMENTAL
        interventionNames: ['Biological: Stem cells']
      - label: Drugs
        type: ACTIVE_COMPARATOR
        interventionNames: ['Drug: Methotrexate']
      - label: Cells + drugs
        type: ACTIVE_COMPARATOR
        interventionNames: ['Biological: Stem cells', 'Drug: Methotrexate']
    interventions:
      - type: BIOLOGICAL
        name: Stem cells
      - type: DRUG
        name: Methotrexate
`,
    right: `protocolSection:
  armsInterventionsModule:
    armGroups:
      - label: Cells
        type: EXPERIMENTAL
        interventionNames: ['Biological: Stem cells']
      - label: Drugs
        type: ACTIVE_COMPARATOR
        interventionNames: ['Drug: Methotrexate']
      - label: Cells + drugs
        type: EXPERIMENTAL
        interventionNames: ['Biological: Stem cells', 'Drug: Methotrexate']
    interventions:
      - type: BIOLOGICAL
        name: Stem cells
      - type: DRUG
        name: Methotrexate
`,
  },
  check(context) {
    const view = readArmsView(context.study);
    const { arms, interventions } = view;
    if (arms.length < 2) return;
    // Nothing to compare without both kinds of arm; the received sets below are the costly part.
    if (!arms.some((arm) => arm.type === 'EXPERIMENTAL')) return;
    if (!arms.some((arm) => arm.type !== undefined && ARM_TYPE_COMPARATORS.has(arm.type))) return;
    const receivedBy = arms.map((arm) => received(view, arm.index));
    // Background therapy that every arm receives never distinguishes the experimental arm.
    const everywhere = new Set([...receivedBy[0]].filter((i) => receivedBy.every((set) => set.has(i))));
    for (const comparator of arms) {
      if (!comparator.type || !ARM_TYPE_COMPARATORS.has(comparator.type)) continue;
      const got = receivedBy[comparator.index];
      for (const experimental of arms) {
        if (experimental.type !== 'EXPERIMENTAL') continue;
        const studied = [...receivedBy[experimental.index]].filter(
          (i) => !everywhere.has(i) && !isPlaceboLike(interventions[i].name ?? ''),
        );
        if (studied.length === 0 || !studied.every((i) => got.has(i))) continue;
        // Only the "A, B, A+B" shape: the comparator adds what another comparator arm receives (a de-escalation trial,
        // where the experimental arm simply drops a drug of the standard regimen, stays quiet).
        const experimentalSet = receivedBy[experimental.index];
        const addsOtherArm = arms.some((other) => {
          const theirs = [...receivedBy[other.index]].filter((i) => !everywhere.has(i));
          return (
            other.index !== comparator.index &&
            other.type !== 'EXPERIMENTAL' &&
            theirs.length > 0 &&
            theirs.every((i) => got.has(i) && !experimentalSet.has(i))
          );
        });
        if (!addsOtherArm) continue;
        const pointer = `${comparator.pointer}/type`;
        context.report({
          messageId: 'receivesStudied',
          pointer,
          data: {
            arm: armName(comparator),
            type: enumLabel('ArmGroupType', comparator.type),
            intervention: quotedInterventionNames(studied.map((i) => interventions[i])),
            experimental: armName(experimental),
          },
          fixes: [replaceFix('Change the arm type to Experimental', pointer, 'EXPERIMENTAL', { isPreferred: true })],
        });
        break;
      }
    }
  },
});
