import rule from '../../../server/src/core/rules/results/final-rule-item-missing';
import { runRuleTests } from '../ruleTester';
import { BASELINE, EVENTS, injected, publishedCases } from './records';

runRuleTests(rule, {
  valid: [
    ...publishedCases(),
    {
      name: 'NCT00356603 (primary completion 2006) without a mortality table',
      study: injected('NCT00356603', (s) =>
        s.resultsSection.adverseEventsModule.eventGroups.forEach(
          (g: Record<string, unknown>) => delete g.deathsNumAtRisk,
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'NCT03608150 without its all-cause mortality table',
      study: injected('NCT03608150', (s) =>
        s.resultsSection.adverseEventsModule.eventGroups.forEach((g: Record<string, unknown>) => {
          delete g.deathsNumAffected;
          delete g.deathsNumAtRisk;
        }),
      ),
      errors: [{ messageId: 'mortality', pointer: `${EVENTS}/eventGroups` }],
    },
    {
      name: 'NCT03608150 without an AE time frame',
      study: injected('NCT03608150', (s) => delete s.resultsSection.adverseEventsModule.timeFrame),
      errors: [{ messageId: 'timeFrame', pointer: EVENTS }],
    },
    {
      name: 'NCT03608150 with an event lacking its assessment type',
      study: injected('NCT03608150', (s) => delete s.resultsSection.adverseEventsModule.otherEvents[1].assessmentType),
      errors: [{ messageId: 'assessment', pointer: `${EVENTS}/otherEvents/1` }],
    },
    {
      name: 'NCT03608150 without an age measure',
      study: injected('NCT03608150', (s) => s.resultsSection.baselineCharacteristicsModule.measures.splice(0, 1)),
      errors: [{ messageId: 'ageSex', pointer: `${BASELINE}/measures` }],
    },
  ],
});
