import rule from '../../../server/src/core/rules/status/open-after-completion';
import { date, P, record, status, withStatus } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'active, not recruiting after primary completion',
      study: record(
        status({ overallStatus: 'ACTIVE_NOT_RECRUITING', primaryCompletionDateStruct: date('2023-11-30') }),
      ),
    },
    {
      name: 'completed with actual completion',
      study: withStatus('COMPLETED', { completionDateStruct: date('2023-06-30') }),
    },
    {
      name: 'recruiting with estimated completion',
      study: withStatus('RECRUITING', { completionDateStruct: date('2027-06-30', 'ESTIMATED') }),
    },
  ],
  invalid: [
    {
      name: 'recruiting with actual completion',
      study: withStatus('RECRUITING', { completionDateStruct: date('2023-06-30') }),
      errors: [{ messageId: 'completed', pointer: `${P}/statusModule/completionDateStruct/type` }],
    },
    {
      name: 'NCT04056520: recruiting with an actual primary completion in the past',
      study: record(
        status({
          overallStatus: 'RECRUITING',
          primaryCompletionDateStruct: date('2023-11-30'),
          completionDateStruct: date('2026-12', 'ESTIMATED'),
        }),
      ),
      errors: [{ messageId: 'completed', pointer: `${P}/statusModule/primaryCompletionDateStruct/type` }],
    },
  ],
});
