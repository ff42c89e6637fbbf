import { defineRule } from '../defineRule';
import { interventionName, interventionsNamedIn, readInterventions } from '../../arms';
import { compactText } from '../util/text';

/** Words of a name that says it combines interventions ("A + B", "A plus B", "A with B", "combination"). */
const COMBINATION_WORDS = /\+|\bplus\b|\band\b|\bwith\b|combin/i;

export default defineRule({
  id: 'arms/combined-intervention-duplicate',
  description: 'A combination of listed interventions is linked, not entered again as a new intervention.',
  severity: 'info',
  catalogue: ['intervention-combination-duplicate'],
  tier: 'official',
  messages: {
    combination:
      'Intervention "{name}" combines {parts}, which are already listed. ' +
      'Remove it and link {parts} to the arms that receive the combination.',
    copiedDescription:
      'The description of intervention "{name}" repeats the description of {parts}. ' +
      'Enter each intervention once and link it to every arm that receives it.',
  },
  docs: {
    details:
      'The registry asks for each intervention once, with the arms that receive it. A ' +
      'combination arm links the existing interventions; an extra intervention named "A+B" ' +
      '(or "A plus B", "A with B") or whose description copies theirs duplicates them.',
    wrong: `protocolSection:
  armsInterventionsModule:
    interventions:
      - type: BIOLOGICAL
        name: Stem cells
      - type: DRUG
        name: Methotrexate
      - type: BIOLOGICAL
        name: Stem cells + Methotrexate
`,
    right: `protocolSection:
  armsInterventionsModule:
    interventions:
      - type: BIOLOGICAL
        name: Stem cells
        armGroupLabels: [Cells, Cells and drugs]
      - type: DRUG
        name: Methotrexate
        armGroupLabels: [Drugs, Cells and drugs]
`,
  },
  check(context) {
    const interventions = readInterventions(context.study);
    // Each description compacted once, each distinct one compared once: a record with thousands of
    // interventions (fuzz seed 2026, case 1888) made the pairwise comparison run for minutes. And only when a name
    // could make a finding of them: most records have none.
    let compacted: string[] | undefined;
    let comparable: string[] = [];
    const contained = new Map<string, ReadonlySet<string>>();
    const containedIn = (own: string) => {
      let found = contained.get(own);
      if (!found) {
        found = new Set(comparable.filter((theirs) => own.length > theirs.length && own.includes(theirs)));
        contained.set(own, found);
      }
      return found;
    };
    for (const [position, intervention] of interventions.entries()) {
      if (!intervention.name) continue;
      const named = [...interventionsNamedIn(intervention.name, interventions, intervention.index)];
      if (named.length === 0 && !COMBINATION_WORDS.test(intervention.name)) continue;
      if (!compacted) {
        compacted = interventions.map((other) => compactText(other.description ?? ''));
        comparable = [...new Set(compacted)].filter((theirs) => theirs.length >= 30);
      }
      const descriptions = compacted;
      const inside = containedIn(descriptions[position]);
      const copied =
        inside.size === 0
          ? []
          : interventions.filter(
              (other, otherPosition) => other.index !== intervention.index && inside.has(descriptions[otherPosition]),
            );
      const list = (indexes: readonly number[]) =>
        indexes.map((i) => `"${interventionName(interventions[i])}"`).join(' and ');
      if (named.length >= 2 || (named.length === 1 && copied.length > 0)) {
        context.report({
          messageId: 'combination',
          pointer: `${intervention.pointer}/name`,
          data: { name: intervention.name, parts: list(named) },
        });
      } else if (copied.length > 0 && COMBINATION_WORDS.test(intervention.name)) {
        context.report({
          messageId: 'copiedDescription',
          pointer: `${intervention.pointer}/description`,
          data: { name: intervention.name, parts: list(copied.map((c) => c.index)) },
        });
      }
    }
  },
});
