import rule from '../../../server/src/core/rules/results/flow-does-not-add-up';
import { runRuleTests } from '../ruleTester';
import { FLOW, injected, publishedCases } from './records';

runRuleTests(rule, {
  valid: publishedCases(),
  invalid: [
    {
      name: 'NCT03608150 with NOT COMPLETED one short',
      study: injected(
        'NCT03608150',
        (s) => (s.resultsSection.participantFlowModule.periods[0].milestones[2].achievements[0].numSubjects = '10'),
      ),
      errors: [{ messageId: 'milestones', pointer: `${FLOW}/periods/0/milestones/2/achievements/0/numSubjects` }],
    },
    {
      name: 'NCT05594173 with a reason count that no longer adds up',
      study: injected('NCT05594173', (s) => {
        const reason = s.resultsSection.participantFlowModule.periods[0].dropWithdraws[0].reasons[0];
        reason.numSubjects = String(Number(reason.numSubjects) + 1);
      }),
      errors: [{ messageId: 'reasons' }],
    },
  ],
});
