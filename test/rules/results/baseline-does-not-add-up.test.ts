import rule from '../../../server/src/core/rules/results/baseline-does-not-add-up';
import { runRuleTests } from '../ruleTester';
import { BASELINE, injected, publishedCases } from './records';

runRuleTests(rule, {
  valid: publishedCases(),
  invalid: [
    {
      name: 'NCT03608150 with a Total that is not the sum of the groups',
      study: injected(
        'NCT03608150',
        (s) => (s.resultsSection.baselineCharacteristicsModule.denoms[0].counts[2].value = '118'),
      ),
      errors: [{ messageId: 'total', pointer: `${BASELINE}/denoms/0/counts/2/value` }],
    },
    {
      name: 'NCT03608150 with a sex category that overflows (Total adjusted)',
      study: injected('NCT03608150', (s) => {
        const categories = s.resultsSection.baselineCharacteristicsModule.measures[1].classes[0].categories;
        categories[0].measurements[0].value = String(Number(categories[0].measurements[0].value) + 5);
        categories[0].measurements[2].value = String(Number(categories[0].measurements[2].value) + 5);
      }),
      errors: [
        { messageId: 'categories', pointer: `${BASELINE}/measures/1/classes/0/categories/1/measurements/0/value` },
        { messageId: 'categories', pointer: `${BASELINE}/measures/1/classes/0/categories/1/measurements/2/value` },
      ],
    },
  ],
});
