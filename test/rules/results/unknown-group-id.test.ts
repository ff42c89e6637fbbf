import rule from '../../../server/src/core/rules/results/unknown-group-id';
import { runRuleTests } from '../ruleTester';
import { BASELINE, EVENTS, injected, OUTCOMES, publishedCases, withOutcome } from './records';

runRuleTests(rule, {
  valid: publishedCases(),
  invalid: [
    {
      name: 'NCT03608150 with a dangling baseline group id',
      study: injected(
        'NCT03608150',
        (s) => (s.resultsSection.baselineCharacteristicsModule.denoms[0].counts[1].groupId = 'BG009'),
      ),
      errors: [{ messageId: 'unknown', pointer: `${BASELINE}/denoms/0/counts/1/groupId` }],
    },
    {
      name: 'NCT03608150 with an outcome measurement naming a group of another measure',
      study: withOutcome(
        'NCT03608150',
        2,
        (measure) => (measure.classes[0].categories[0].measurements[0].groupId = 'OG001'),
      ),
      errors: [{ messageId: 'unknown', pointer: `${OUTCOMES}/2/classes/0/categories/0/measurements/0/groupId` }],
    },
    {
      name: 'NCT05594173 with its adverse event groups removed',
      study: injected('NCT05594173', (s) => {
        delete s.resultsSection.adverseEventsModule.eventGroups;
        s.resultsSection.adverseEventsModule.seriousEvents = [];
      }),
      errors: [{ messageId: 'noGroups', pointer: `${EVENTS}/otherEvents/0/stats/0/groupId` }],
    },
  ],
});
