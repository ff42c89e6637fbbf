import rule from '../../../server/src/core/rules/dates/actual-date-after-verification';
import { date, P, record, status } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    { name: 'actual before verification', study: record(status({ statusVerifiedDate: '2013-06', startDateStruct: date('2013-04-30') })) },
    { name: 'actual in the verification month', study: record(status({ statusVerifiedDate: '2013-06', startDateStruct: date('2013-06-30') })) },
    { name: 'estimated after verification', study: record(status({ statusVerifiedDate: '2013-06', completionDateStruct: date('2014-12-31', 'ESTIMATED') })) },
  ],
  invalid: [{ name: 'actual completion after verification', study: record(status({ statusVerifiedDate: '2013-06', completionDateStruct: date('2014-12-31') })), errors: [{ messageId: 'afterVerification', pointer: `${P}/statusModule/completionDateStruct/date` }] }],
});
