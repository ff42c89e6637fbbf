import { defineRule } from '../defineRule';
import { readInterventions } from '../../arms';
import { normalizeText } from '../util/text';

export default defineRule({
  id: 'arms/other-name-repeats-name',
  description: "An intervention's other names do not repeat its name or each other.",
  severity: 'info',
  catalogue: ['intervention-othername-dup'],
  tier: 'house',
  messages: {
    repeat: 'Other name "{other}" of intervention "{name}" {what}. Remove it.',
  },
  docs: {
    details:
      'Other names are synonyms (brand names, code names); ' +
      "the intervention's own name, or the same synonym twice, adds nothing.",
    wrong: `protocolSection:
  armsInterventionsModule:
    interventions:
      - type: DRUG
        name: Metformin
        otherNames: [Metformin, Glucophage]
`,
    right: `protocolSection:
  armsInterventionsModule:
    interventions:
      - type: DRUG
        name: Metformin
        otherNames: [Glucophage]
`,
  },
  check(context) {
    for (const intervention of readInterventions(context.study)) {
      const seen = new Set<string>(intervention.name ? [normalizeText(intervention.name)] : []);
      intervention.otherNames.forEach((other, index) => {
        const key = normalizeText(other);
        if (!seen.has(key)) {
          seen.add(key);
          return;
        }
        const what =
          intervention.name && key === normalizeText(intervention.name) ? 'repeats its name' : 'is listed twice';
        context.report({
          messageId: 'repeat',
          pointer: `${intervention.pointer}/otherNames/${index}`,
          data: { other, name: intervention.name ?? '', what },
        });
      });
    }
  },
});
