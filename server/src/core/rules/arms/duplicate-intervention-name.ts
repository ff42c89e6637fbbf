import { defineRule } from '../defineRule';
import { enumLabel } from '../../model/enums';
import { type InterventionInfo, readInterventions } from '../../arms';
import { isPlaceboLike, normalizeText, quote } from '../util/text';

export default defineRule({
  id: 'arms/duplicate-intervention-name',
  description: 'Interventions of the same type have different names.',
  severity: 'warning',
  catalogue: ['intervention-name-unique'],
  tier: 'prs-unverified',
  messages: {
    sameEntry:
      '{type} intervention "{name}" is listed {count} times{arms}. List it ' +
      'once and link it to every arm that receives it.',
    differentEntries:
      '{count} {type} interventions are named "{name}"{arms}, but their descriptions differ. ' +
      'Give each a name that tells them apart (the dose or regimen), or list it once and link it to every arm.',
    placeboVersion:
      '{type} intervention "{name}" is listed {count} times, and one of them is the placebo{arms}. ' +
      'Rename the placebo one (for example "Placebo for {name}"); do not merge them.',
  },
  docs: {
    details:
      'The registry accepts such records (the corpus has several), hence a warning. An intervention given in several ' +
      'arms is entered once and linked to each arm. Two entries with the same type and name break the ' +
      'cross-reference, since "Drug: Aspirin" can no longer say which one it means. When the entries differ (doses, ' +
      'regimens) they need names that tell them apart; when one is the placebo ' +
      'version, rename that one. One finding per repeated name.',
    wrong: `protocolSection:
  armsInterventionsModule:
    interventions:
      - type: DRUG
        name: Aspirin
        armGroupLabels: [A]
      - type: DRUG
        name: Aspirin
        armGroupLabels: [B]
`,
    right: `protocolSection:
  armsInterventionsModule:
    interventions:
      - type: DRUG
        name: Aspirin
        armGroupLabels: [A, B]
`,
  },
  check(context) {
    const groups = new Map<string, InterventionInfo[]>();
    for (const intervention of readInterventions(context.study)) {
      if (!intervention.name) continue;
      const key = `${intervention.type ?? ''}\u0000${normalizeText(intervention.name)}`;
      groups.set(key, [...(groups.get(key) ?? []), intervention]);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const [first, second] = group;
      const descriptions = new Set(group.map((i) => normalizeText(i.description ?? '')));
      const placebo =
        group.some((i) => isPlaceboLike(i.description ?? '')) && group.some((i) => !isPlaceboLike(i.description ?? ''));
      const labels = [...new Set(group.flatMap((i) => i.armGroupLabels))];
      const arms =
        labels.length > 0
          ? ` (arms ${labels
              .slice(0, 3)
              .map((l) => quote(l, 40))
              .join(', ')}${labels.length > 3 ? ', …' : ''})`
          : '';
      context.report({
        messageId: placebo ? 'placeboVersion' : descriptions.size > 1 ? 'differentEntries' : 'sameEntry',
        pointer: `${second.pointer}/name`,
        data: {
          type: first.type ? enumLabel('InterventionType', first.type) : 'Untyped',
          name: first.name ?? '',
          count: group.length,
          arms,
        },
      });
    }
  },
});
