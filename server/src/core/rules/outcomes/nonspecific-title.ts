import { defineRule } from '../defineRule';
import { isGenericTitle, outcomeName, readOutcomes } from '../util/outcomes';
import { normalizeText } from '../util/text';

export default defineRule({
  id: 'outcomes/nonspecific-title',
  description: 'An outcome title names what is measured, not just "Safety" or "Efficacy".',
  severity: 'warning',
  catalogue: ['outcome-nonspecific-title'],
  tier: 'official',
  messages: {
    generic:
      'The title of the {name} is not specific. Name the measure itself (for example "Number of participants with ' +
      'treatment-related adverse events" or "Change in HbA1c"), not only the domain or the instrument.',
  },
  docs: {
    details:
      'The registry warns about outcome titles that are a bare generic word ("Safety", "Tolerability", "Feasibility", "Efficacy", ' +
      '"Satisfaction", "Adverse events") and reviewers ask the same of a bare instrument name ("SF-36"): the title must say what is measured. ' +
      'A generic title shared by several outcomes is reported once, by outcomes/duplicate-outcome.',
    wrong: `protocolSection:
  outcomesModule:
    primaryOutcomes:
      - measure: Safety
        timeFrame: 12 weeks
`,
    right: `protocolSection:
  outcomesModule:
    primaryOutcomes:
      - measure: Number of participants with treatment-emergent adverse events
        timeFrame: 12 weeks
`,
  },
  check(context) {
    const outcomes = readOutcomes(context.study);
    const titles = new Map<string, number>();
    for (const o of outcomes) if (o.measure) titles.set(normalizeText(o.measure), (titles.get(normalizeText(o.measure)) ?? 0) + 1);
    for (const outcome of outcomes) {
      if (!outcome.measure || !isGenericTitle(outcome.measure)) continue;
      // A title shared by several outcomes is reported once, by outcomes/duplicate-outcome.
      if ((titles.get(normalizeText(outcome.measure)) ?? 0) > 1) continue;
      context.report({ messageId: 'generic', pointer: `${outcome.pointer}/measure`, data: { name: outcomeName(outcome) } });
    }
  },
});
