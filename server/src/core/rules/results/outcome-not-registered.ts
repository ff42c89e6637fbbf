import { outcomeMeasures } from '../../results';
import { readOutcomes, type OutcomeInfo } from '../util/outcomes';
import { asString } from '../../model/read';
import { defineRule } from '../defineRule';

const LIST_OF_TYPE: Readonly<Record<string, string>> = {
  PRIMARY: 'primaryOutcomes',
  SECONDARY: 'secondaryOutcomes',
  OTHER_PRE_SPECIFIED: 'otherOutcomes',
};
const TYPE_WORD: Readonly<Record<string, string>> = {
  PRIMARY: 'primary',
  SECONDARY: 'secondary',
  OTHER_PRE_SPECIFIED: 'other pre-specified',
};

/** Compared without case, spacing and trailing punctuation. */
const key = (text: string | undefined) =>
  (text ?? '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.:;,]+$/, '')
    .trim();

export default defineRule({
  id: 'results/outcome-not-registered',
  description:
    'Each results outcome measure matches a registered outcome measure of the same type, by title and time frame.',
  severity: 'warning',
  catalogue: [],
  tier: 'official',
  messages: {
    unregistered:
      'The {type} outcome measure "{title}" is not registered as a {type} ' +
      'outcome in the protocol. Results outcome measures start as copies of the ' +
      "protocol's; align the titles, or mark a measure added afterwards as Post-Hoc.",
    timeFrame:
      'The {type} outcome measure "{title}" has time frame "{results}", ' +
      'but the protocol registers "{protocol}". Align the two.',
  },
  docs: {
    details:
      "Results outcome measures start as copies of the protocol's outcome measures, and every results outcome " +
      'of the published records matches one on type, title and time frame. A title or time frame that no ' +
      'longer matches usually means one of the two was edited alone. Post-hoc measures are not checked.',
    wrong: `protocolSection:
  outcomesModule:
    primaryOutcomes: [{ measure: Change in HbA1c, timeFrame: Week 24 }]
resultsSection:
  outcomeMeasuresModule:
    outcomeMeasures:
      - { type: PRIMARY, title: Change in Fasting Glucose, timeFrame: Week 24 }
`,
    right: `protocolSection:
  outcomesModule:
    primaryOutcomes: [{ measure: Change in HbA1c, timeFrame: Week 24 }]
resultsSection:
  outcomeMeasuresModule:
    outcomeMeasures:
      - { type: PRIMARY, title: Change in HbA1c, timeFrame: Week 24 }
`,
  },
  check(context) {
    const registered = readOutcomes(context.study);
    if (registered.length === 0) return;
    // Each registered title keyed once, when the first measure asks: dozens of measures can meet dozens of outcomes.
    let titled: { readonly outcome: OutcomeInfo; readonly title: string }[] | undefined;
    for (const measure of outcomeMeasures(context.study)) {
      const type = asString(measure.object.type);
      // A type named `constructor` is data, not a member of the tables.
      const list = type && Object.hasOwn(LIST_OF_TYPE, type) ? LIST_OF_TYPE[type] : undefined;
      if (!type || !list || !measure.title) continue;
      const title = key(measure.title);
      titled ??= registered.map((outcome) => ({ outcome, title: key(outcome.measure) }));
      // A loop, not a callback: a function made anew per measure loses its compiled code at each full collection.
      const sameTitle: OutcomeInfo[] = [];
      for (const entry of titled)
        if (entry.outcome.list === list && entry.title === title) sameTitle.push(entry.outcome);
      const data = { type: TYPE_WORD[type] ?? type, title: measure.title };
      if (sameTitle.length === 0) {
        context.report({ messageId: 'unregistered', pointer: `${measure.pointer}/title`, data });
        continue;
      }
      const timeFrame = asString(measure.object.timeFrame);
      if (timeFrame === undefined) continue;
      const timeFrameKey = key(timeFrame);
      if (sameTitle.some((o) => key(o.timeFrame) === timeFrameKey)) continue;
      context.report({
        messageId: 'timeFrame',
        pointer: `${measure.pointer}/timeFrame`,
        data: { ...data, results: timeFrame, protocol: sameTitle[0]?.timeFrame ?? '' },
      });
    }
  },
});
