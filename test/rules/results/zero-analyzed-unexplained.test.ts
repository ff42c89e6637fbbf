import rule from '../../../server/src/core/rules/results/zero-analyzed-unexplained';
import { runRuleTests } from '../ruleTester';
import { analyzedInFirstGroup, EVENTS, injected, OUTCOMES, publishedCases } from './records';

runRuleTests(rule, {
  valid: [
    ...publishedCases(),
    {
      name: 'NCT03608150 with zero analyzed, explained',
      study: analyzedInFirstGroup('NCT03608150', 2, '0', 'Adherence was not recorded.'),
    },
  ],
  invalid: [
    {
      name: 'NCT03608150 with zero analyzed, unexplained',
      study: analyzedInFirstGroup('NCT03608150', 2, '0'),
      errors: [{ messageId: 'analyzed', pointer: `${OUTCOMES}/2/denoms/0/counts/0/value` }],
    },
    {
      name: 'NCT05005351 with zero at risk, no AE description',
      study: injected('NCT05005351', (s) => (s.resultsSection.adverseEventsModule.eventGroups[0].seriousNumAtRisk = 0)),
      errors: [{ messageId: 'atRisk', pointer: `${EVENTS}/eventGroups/0/seriousNumAtRisk` }],
    },
  ],
});
