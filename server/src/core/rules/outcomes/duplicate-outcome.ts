import { defineRule } from '../defineRule';
import { type OutcomeInfo, outcomeName, readOutcomes } from '../util/outcomes';
import { normalizeText, quote } from '../util/text';
import { removeFix } from '../util/fixes';

export default defineRule({
  id: 'outcomes/duplicate-outcome',
  description: 'Each outcome measure is listed once, under a title that tells it apart from the others.',
  severity: 'warning',
  catalogue: ['outcome-duplicate'],
  tier: 'house',
  fix: 'unsafe',
  messages: {
    duplicate:
      'The {name} ({timeFrame}) repeats the {other} word for word: same title, ' +
      'time frame and description. Remove the duplicate.',
    sharedTitle:
      'These {count} outcomes share the title {title} and the time frame {timeFrame} but describe different ' +
      'measures. Give each a title that names what it measures.',
  },
  docs: {
    details:
      'Two outcomes with the same title, time frame and description, in the same list or as primary and secondary, ' +
      'describe one measure twice; the fix removes the repeat. Outcomes that share a title and time frame but differ ' +
      'in description are different measures under a non-specific ' +
      'title: they are reported once per title, with no fix.',
    wrong: `protocolSection:
  outcomesModule:
    secondaryOutcomes:
      - measure: Liver function
        description: Alanine transaminase (ALT)
        timeFrame: 26 weeks
      - measure: Liver function
        description: Serum bilirubin
        timeFrame: 26 weeks
`,
    right: `protocolSection:
  outcomesModule:
    secondaryOutcomes:
      - measure: Alanine transaminase (ALT)
        timeFrame: 26 weeks
      - measure: Serum bilirubin
        timeFrame: 26 weeks
`,
  },
  check(context) {
    const byTitle = new Map<string, OutcomeInfo[]>();
    for (const outcome of readOutcomes(context.study)) {
      if (!outcome.measure) continue;
      const key = `${normalizeText(outcome.measure)}\u0000${normalizeText(outcome.timeFrame ?? '')}`;
      byTitle.set(key, [...(byTitle.get(key) ?? []), outcome]);
    }
    for (const group of byTitle.values()) {
      if (group.length < 2) continue;
      const byDescription = new Map<string, OutcomeInfo>();
      for (const outcome of group) {
        const key = normalizeText(outcome.description ?? '');
        const first = byDescription.get(key);
        if (!first) {
          byDescription.set(key, outcome);
          continue;
        }
        context.report({
          messageId: 'duplicate',
          pointer: `${outcome.pointer}/measure`,
          unnecessary: true,
          data: {
            name: outcomeName(outcome),
            timeFrame: outcome.timeFrame ?? 'no time frame',
            other: outcomeName(first),
          },
          fixes: [removeFix(`Remove the duplicate ${outcomeName(outcome)}`, outcome.pointer)],
        });
      }
      if (byDescription.size < 2) continue;
      const [first] = group;
      context.report({
        messageId: 'sharedTitle',
        pointer: `${first.pointer}/measure`,
        data: { count: group.length, title: quote(first.measure ?? ''), timeFrame: quote(first.timeFrame ?? '', 50) },
      });
    }
  },
});
