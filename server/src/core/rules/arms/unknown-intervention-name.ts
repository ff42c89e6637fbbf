import { defineRule } from '../defineRule';
import { armName, readArmsView, resolveInterventionRef, type InterventionInfo } from '../../arms';
import { nameKey } from '../util/text';
import { replaceFix } from '../util/fixes';

export default defineRule({
  id: 'arms/unknown-intervention-name',
  description: 'Every intervention name listed in an arm names an intervention of the record.',
  severity: 'error',
  catalogue: ['crossref-dangling'],
  tier: 'house',
  fix: 'unsafe',
  messages: {
    unknown: 'Arm "{arm}" lists "{name}", but no intervention has that name. Correct the name or add the intervention.',
  },
  docs: {
    details:
      "An arm's Intervention Names refer to the interventions the way the registry writes them, " +
      '"<Intervention Type>: <Name>" (for example "Drug: Aspirin", "Biological: BCG"); authored files may leave ' +
      'the type prefix out. A name that matches no intervention is a typo or a renamed intervention.',
    wrong: `protocolSection:
  armsInterventionsModule:
    armGroups:
      - label: Aspirin
        type: EXPERIMENTAL
        interventionNames: ['Drug: Asprin']
    interventions:
      - type: DRUG
        name: Aspirin
`,
    right: `protocolSection:
  armsInterventionsModule:
    armGroups:
      - label: Aspirin
        type: EXPERIMENTAL
        interventionNames: ['Drug: Aspirin']
    interventions:
      - type: DRUG
        name: Aspirin
`,
  },
  check(context) {
    const { arms, interventions } = readArmsView(context.study);
    // The first intervention by fuzzy name, built on the first unknown reference: one pass, not one per reference.
    let byKey: Map<string, InterventionInfo> | undefined;
    const closeTo = (name: string) => {
      byKey ??= firstByNameKey(interventions);
      return byKey.get(nameKey(name));
    };
    for (const arm of arms) {
      arm.interventionNames.forEach((ref, j) => {
        if (resolveInterventionRef(ref, interventions)) return;
        const pointer = `${arm.pointer}/interventionNames/${j}`;
        const close = closeTo(ref.replace(/^[^:]*:\s*/, ''));
        context.report({
          messageId: 'unknown',
          pointer,
          data: { arm: armName(arm), name: ref },
          fixes: close?.name ? [replaceFix(`Change to "${close.name}"`, pointer, close.name)] : undefined,
        });
      });
    }
  },
});

function firstByNameKey(interventions: readonly InterventionInfo[]): Map<string, InterventionInfo> {
  const byKey = new Map<string, InterventionInfo>();
  for (const intervention of interventions) {
    if (!intervention.name) continue;
    const key = nameKey(intervention.name);
    if (!byKey.has(key)) byKey.set(key, intervention);
  }
  return byKey;
}
