import rule from '../../../server/src/core/rules/results/adverse-event-counts';
import { runRuleTests } from '../ruleTester';
import { EVENTS, injected, publishedCases } from './records';

runRuleTests(rule, {
  valid: publishedCases(),
  invalid: [
    {
      name: 'NCT03608150 with 999 affected out of 59 at risk',
      study: injected(
        'NCT03608150',
        (s) => (s.resultsSection.adverseEventsModule.eventGroups[1].otherNumAffected = 999),
      ),
      errors: [{ messageId: 'groupAffected', pointer: `${EVENTS}/eventGroups/1/otherNumAffected` }],
    },
    {
      name: 'NCT03608150 with a term affecting more than at risk',
      study: injected(
        'NCT03608150',
        (s) => (s.resultsSection.adverseEventsModule.otherEvents[1].stats[1].numAffected = 60),
      ),
      errors: [
        { messageId: 'events', pointer: `${EVENTS}/otherEvents/1/stats/1/numEvents` },
        { messageId: 'termAffected', pointer: `${EVENTS}/otherEvents/1/stats/1/numAffected` },
      ],
    },
    {
      name: 'NCT03608150 with a term above the group total',
      study: injected('NCT03608150', (s) => {
        const stats = s.resultsSection.adverseEventsModule.otherEvents[1].stats[0];
        stats.numAffected = 20;
        stats.numEvents = 25;
      }),
      errors: [{ messageId: 'aboveTotal', pointer: `${EVENTS}/otherEvents/1/stats/0/numAffected` }],
    },
  ],
});
