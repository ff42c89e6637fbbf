import rule from '../../../server/src/core/rules/dates/estimated-date-on-closed-study';
import { date, P, record, status, withStatus } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'completed with actual dates',
      study: record(
        status({
          overallStatus: 'COMPLETED',
          primaryCompletionDateStruct: date('2020-01'),
          completionDateStruct: date('2020-06'),
        }),
      ),
    },
    {
      name: 'recruiting with estimated dates',
      study: withStatus('RECRUITING', { completionDateStruct: date('2027-06', 'ESTIMATED') }),
    },
  ],
  invalid: [
    {
      name: 'completed with an estimated completion date',
      study: withStatus('COMPLETED', { completionDateStruct: date('2020-06', 'ESTIMATED') }),
      errors: [{ messageId: 'estimated' }],
      output: withStatus('COMPLETED', { completionDateStruct: date('2020-06') }),
    },
    {
      name: 'terminated with estimated dates',
      study: record(
        status({
          overallStatus: 'TERMINATED',
          primaryCompletionDateStruct: date('2016-12', 'ESTIMATED'),
          completionDateStruct: date('2017-01', 'ESTIMATED'),
        }),
      ),
      errors: [
        { messageId: 'estimated', pointer: `${P}/statusModule/primaryCompletionDateStruct/type` },
        { messageId: 'estimated', pointer: `${P}/statusModule/completionDateStruct/type` },
      ],
    },
  ],
});
