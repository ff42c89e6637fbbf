import { defineRule } from '../defineRule';
import { armName, readArmsView } from '../../arms';
import { quotedInterventionNames, receivedInterventions } from '../util/arms';

export default defineRule({
  id: 'arms/comparator-only-experimental-product',
  description: "An Active Comparator arm lists its own treatment, not only the experimental arm's.",
  severity: 'info',
  catalogue: ['arm-comparator-receives-experimental'],
  tier: 'house',
  messages: {
    sameAsExperimental:
      'Arm "{arm}" is an Active Comparator, but it is linked to exactly what Experimental arm ' +
      '"{experimental}" receives ({interventions}), so nothing tells the two apart. Add the comparator\'s ' +
      'own treatment (e.g. standard of care) as an intervention and link it, or correct the links.',
  },
  docs: {
    details:
      'An active comparator receives something of its own. When it is linked to exactly the interventions of an ' +
      "Experimental arm, the comparator's treatment is usually missing from the list and the experimental product " +
      'was linked in its place. Arms that differ by dose (both descriptions give a dose) are not reported.',
    wrong: `protocolSection:
  armsInterventionsModule:
    armGroups:
      - label: Etelcalcetide
        type: EXPERIMENTAL
        interventionNames: ["Drug: Etelcalcetide"]
      - label: Control
        type: ACTIVE_COMPARATOR
        description: Standard of care alone.
        interventionNames: ["Drug: Etelcalcetide"]
    interventions:
      - type: DRUG
        name: Etelcalcetide
        armGroupLabels: [Etelcalcetide, Control]
`,
    right: `protocolSection:
  armsInterventionsModule:
    armGroups:
      - label: Etelcalcetide
        type: EXPERIMENTAL
        interventionNames: ["Drug: Etelcalcetide"]
      - label: Control
        type: ACTIVE_COMPARATOR
        description: Standard of care alone.
        interventionNames: ["Other: Standard of care"]
    interventions:
      - type: DRUG
        name: Etelcalcetide
        armGroupLabels: [Etelcalcetide]
      - type: OTHER
        name: Standard of care
        armGroupLabels: [Control]
`,
  },
  check(context) {
    const view = readArmsView(context.study);
    const dose = /\d+(?:[.,]\d+)?\s*(?:mg|µg|ug|mcg|g|ml|iu|units?|mg\/kg|mg\/m2|gy)\b|\bdose\b/i;
    const linked = (index: number) => [...(view.links.get(index) ?? [])].sort((a, b) => a - b).join(',');
    for (const comparator of view.arms) {
      if (comparator.type !== 'ACTIVE_COMPARATOR') continue;
      const own = linked(comparator.index);
      if (own === '') continue;
      const twin = view.arms.find((arm) => arm.type === 'EXPERIMENTAL' && linked(arm.index) === own);
      if (!twin) continue;
      const text = (arm: typeof twin) => `${arm.label ?? ''} ${arm.description ?? ''}`;
      if (dose.test(text(comparator)) && dose.test(text(twin))) continue;
      const names = quotedInterventionNames(receivedInterventions(view, comparator));
      context.report({
        messageId: 'sameAsExperimental',
        pointer: `${comparator.pointer}/type`,
        data: { arm: armName(comparator), experimental: armName(twin), interventions: names },
      });
    }
  },
});
