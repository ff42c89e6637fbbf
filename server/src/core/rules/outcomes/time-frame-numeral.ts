import { defineRule } from '../defineRule';
import { outcomeName, readOutcomes } from '../util/outcomes';

export default defineRule({
  id: 'outcomes/time-frame-numeral',
  description: 'An outcome time frame says its unit, not only a number.',
  severity: 'warning',
  catalogue: ['outcome-time-frame-numeral'],
  tier: 'official',
  messages: {
    numeral:
      'The time frame of the {name}{others} is only "{timeFrame}", a number with no unit. Say when the measure is ' +
      'taken, e.g. "12 weeks after randomization".',
  },
  docs: {
    details:
      'The registry rejects a results time frame that is only a ' +
      'number (units missing) and warns on it for protocol outcomes.',
    wrong: `protocolSection:
  outcomesModule:
    primaryOutcomes:
      - measure: Change in HbA1c
        timeFrame: "12"
`,
    right: `protocolSection:
  outcomesModule:
    primaryOutcomes:
      - measure: Change in HbA1c
        timeFrame: Baseline and 12 weeks
`,
  },
  check(context) {
    const numerals = readOutcomes(context.study).filter((o) =>
      /^\d+(?:[.,]\d+)?(?:\s*(?:-|–|to|,|and)\s*\d+(?:[.,]\d+)?)*$/.test(o.timeFrame?.trim() ?? ''),
    );
    if (numerals.length === 0) return;
    // One problem (time frames written without units), one finding: on the first.
    const [first] = numerals;
    const others =
      numerals.length > 1 ? ` (and ${numerals.length - 1} other outcome${numerals.length > 2 ? 's' : ''})` : '';
    context.report({
      messageId: 'numeral',
      pointer: `${first.pointer}/timeFrame`,
      data: { name: outcomeName(first), others, timeFrame: first.timeFrame?.trim() ?? '' },
    });
  },
});
