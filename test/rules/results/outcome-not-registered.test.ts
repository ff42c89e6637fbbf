import rule from '../../../server/src/core/rules/results/outcome-not-registered';
import { runRuleTests } from '../ruleTester';
import { injected, OUTCOMES, publishedCases, withOutcome } from './records';

runRuleTests(rule, {
  valid: [
    ...publishedCases(),
    {
      name: 'NCT03608150 with a post-hoc measure',
      study: injected('NCT03608150', (s) =>
        Object.assign(s.resultsSection.outcomeMeasuresModule.outcomeMeasures[2], {
          type: 'POST_HOC',
          title: 'Compliance by Week',
        }),
      ),
    },
  ],
  invalid: [
    {
      name: 'NCT03608150 with a results title edited alone',
      study: withOutcome('NCT03608150', 2, (measure) => (measure.title = 'Adherence to Patching')),
      errors: [{ messageId: 'unregistered', pointer: `${OUTCOMES}/2/title` }],
    },
    {
      name: 'NCT03608150 with a results time frame edited alone',
      study: withOutcome('NCT03608150', 2, (measure) => (measure.timeFrame = '52 weeks')),
      errors: [{ messageId: 'timeFrame', pointer: `${OUTCOMES}/2/timeFrame` }],
    },
  ],
});
