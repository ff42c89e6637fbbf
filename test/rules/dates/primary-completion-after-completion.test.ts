import rule from '../../../server/src/core/rules/dates/primary-completion-after-completion';
import { date, P, record, status } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'equal dates',
      study: record(status({ primaryCompletionDateStruct: date('2014-12'), completionDateStruct: date('2014-12-31') })),
    },
    {
      name: 'malformed date is left to the schema',
      study: record(status({ primaryCompletionDateStruct: date('Dec 2015'), completionDateStruct: date('2014-12') })),
    },
  ],
  invalid: [
    {
      name: 'primary after study completion',
      study: record(status({ primaryCompletionDateStruct: date('2015-01'), completionDateStruct: date('2014-12-31') })),
      errors: [{ messageId: 'outOfOrder', pointer: `${P}/statusModule/primaryCompletionDateStruct/date` }],
    },
  ],
});
