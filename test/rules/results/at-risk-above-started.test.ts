import rule from '../../../server/src/core/rules/results/at-risk-above-started';
import { runRuleTests } from '../ruleTester';
import { EVENTS, injected, publishedCases } from './records';

runRuleTests(rule, {
  valid: [
    ...publishedCases(),
    {
      name: 'NCT03608150 with more at risk than started, and a description',
      study: injected(
        'NCT03608150',
        (s) => (s.resultsSection.adverseEventsModule.eventGroups[0].seriousNumAtRisk = 70),
      ),
    },
  ],
  invalid: [
    {
      name: 'NCT03608150 with more at risk than started, no description',
      study: injected('NCT03608150', (s) => {
        delete s.resultsSection.adverseEventsModule.description;
        s.resultsSection.adverseEventsModule.eventGroups[0].seriousNumAtRisk = 70;
      }),
      errors: [{ messageId: 'above', pointer: `${EVENTS}/eventGroups/0/seriousNumAtRisk` }],
    },
  ],
});
