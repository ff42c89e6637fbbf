import rule from '../../../server/src/core/rules/results/outcome-analyzed-above-started';
import { runRuleTests } from '../ruleTester';
import { analyzedInFirstGroup, OUTCOMES, publishedCases } from './records';

runRuleTests(rule, {
  valid: [
    ...publishedCases(),
    {
      name: 'NCT03608150 analyzing more than started, explained',
      study: analyzedInFirstGroup('NCT03608150', 0, '60', 'Both eyes of two participants were analyzed.'),
    },
  ],
  invalid: [
    {
      name: 'NCT03608150 analyzing 60 in a group 58 started',
      study: analyzedInFirstGroup('NCT03608150', 0, '60'),
      errors: [{ messageId: 'above', pointer: `${OUTCOMES}/0/denoms/0/counts/0/value` }],
    },
  ],
});
