import rule from '../../../server/src/core/rules/dates/start-after-primary-completion';
import { date, P, record, status } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'in order',
      study: record(
        status({ startDateStruct: date('2013-04-30'), primaryCompletionDateStruct: date('2014-12-31', 'ESTIMATED') }),
      ),
    },
    {
      name: 'same month at different precision',
      study: record(status({ startDateStruct: date('2014-12-15'), primaryCompletionDateStruct: date('2014-12') })),
    },
    { name: 'a missing date', study: record(status({ startDateStruct: date('2014-12-15') })) },
  ],
  invalid: [
    {
      name: 'start after primary completion',
      study: record(status({ startDateStruct: date('2015-03'), primaryCompletionDateStruct: date('2014-12-31') })),
      errors: [{ messageId: 'outOfOrder', pointer: `${P}/statusModule/startDateStruct/date` }],
    },
  ],
});
