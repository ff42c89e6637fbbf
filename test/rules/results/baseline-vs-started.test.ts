import rule from '../../../server/src/core/rules/results/baseline-vs-started';
import { runRuleTests } from '../ruleTester';
import { BASELINE, injected, publishedCases, type Rec } from './records';

/** NCT03608150 with 3 participants fewer in the baseline of the first group (Total adjusted). */
const fewer = (s: Rec) => {
  const counts = s.resultsSection.baselineCharacteristicsModule.denoms[0].counts;
  counts[0].value = '55';
  counts[2].value = '114';
};

runRuleTests(rule, {
  valid: [
    ...publishedCases(),
    {
      name: 'NCT03608150 with fewer baseline participants and a population description',
      study: injected('NCT03608150', (s) => {
        fewer(s);
        s.resultsSection.baselineCharacteristicsModule.populationDescription =
          'Three participants withdrew before baseline.';
      }),
    },
  ],
  invalid: [
    {
      name: 'NCT03608150 with fewer baseline participants, unexplained',
      study: injected('NCT03608150', fewer),
      errors: [{ messageId: 'differs', pointer: `${BASELINE}/denoms/0/counts/2/value` }],
    },
  ],
});
