import rule from '../../../server/src/core/rules/dates/start-after-completion';
import { date, P, record, status } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'in order',
      study: record(status({ startDateStruct: date('2013-04'), completionDateStruct: date('2014-12') })),
    },
    {
      name: 'year-only dates in the same year',
      study: record(status({ startDateStruct: date('2014-06-01'), completionDateStruct: date('2014') })),
    },
  ],
  invalid: [
    {
      name: 'start after completion',
      study: record(status({ startDateStruct: date('2016-01-01'), completionDateStruct: date('2015-12') })),
      errors: [{ messageId: 'outOfOrder', pointer: `${P}/statusModule/startDateStruct/date` }],
    },
  ],
});
