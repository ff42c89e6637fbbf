import { defineRule } from '../defineRule';
import { outcomeName, readOutcomes } from '../util/outcomes';
import { collapseWhitespace } from '../util/text';

/** A time frame that names a point or a span but no time: "Baseline", "End of study", "Through study completion". */
const NO_TIME =
  /^(?:at |the |until |up to |through |throughout |during |from )?(?:the )?(?:baseline|screening|enrol?lment|inclusion|randomi[sz]ation|admission|discharge|end of (?:the )?(?:study|treatment|intervention|trial|follow[- ]?up)|study (?:completion|end)|completion of (?:the )?study|post[- ]?(?:intervention|treatment|operative|op)|pre[- ]?(?:intervention|treatment|operative|op)|follow[- ]?up|day of surgery|study period|entire study|duration of (?:the )?study)[.]?$/i;

export default defineRule({
  id: 'outcomes/vague-time-frame',
  description: 'An outcome time frame says when, in time, the measure is taken.',
  severity: 'info',
  catalogue: ['outcome-vague-time-frame'],
  tier: 'prs-unverified',
  messages: {
    vague:
      'The time frame of the {name} is "{timeFrame}", which gives no time. Add when or how long, ' +
      'e.g. "{timeFrame} and 12 weeks after randomization" or "through study completion, an average of 1 year".',
  },
  docs: {
    details:
      'Reviewers ask for a specific time frame. A time frame that only names an event ("Baseline", "End of study", ' +
      '"Through study completion") says neither when nor how long; the registry accepts ' +
      'such phrases with a duration ("through study completion, an average of 1 year").',
    wrong: `protocolSection:
  outcomesModule:
    primaryOutcomes:
      - measure: Change in HbA1c
        timeFrame: End of study
`,
    right: `protocolSection:
  outcomesModule:
    primaryOutcomes:
      - measure: Change in HbA1c
        timeFrame: Baseline and 12 weeks
`,
  },
  check(context) {
    for (const outcome of readOutcomes(context.study)) {
      const timeFrame = outcome.timeFrame && collapseWhitespace(outcome.timeFrame);
      if (!timeFrame || !NO_TIME.test(timeFrame)) continue;
      context.report({
        messageId: 'vague',
        pointer: `${outcome.pointer}/timeFrame`,
        data: { name: outcomeName(outcome), timeFrame },
      });
    }
  },
});
