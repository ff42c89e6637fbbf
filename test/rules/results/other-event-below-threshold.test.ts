import rule from '../../../server/src/core/rules/results/other-event-below-threshold';
import { runRuleTests } from '../ruleTester';
import { EVENTS, injected, publishedCases } from './records';

runRuleTests(rule, {
  valid: [
    ...publishedCases(),
    {
      name: 'NCT03608150 with a 0% threshold',
      study: injected('NCT03608150', (s) => (s.resultsSection.adverseEventsModule.frequencyThreshold = '0')),
    },
  ],
  invalid: [
    {
      name: 'NCT03608150 with a term below 5% in every group',
      study: injected('NCT03608150', (s) => {
        for (const stats of s.resultsSection.adverseEventsModule.otherEvents[0].stats) {
          stats.numAffected = 1;
          stats.numEvents = 1;
        }
      }),
      errors: [{ messageId: 'below', pointer: `${EVENTS}/otherEvents/0/term` }],
    },
  ],
});
