import rule from '../../../server/src/core/rules/status/not-yet-recruiting-actual-start';
import { date, P, record, status } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'not yet recruiting, estimated start',
      study: record(status({ overallStatus: 'NOT_YET_RECRUITING', startDateStruct: date('2026-01', 'ESTIMATED') })),
    },
    {
      name: 'recruiting, actual start',
      study: record(status({ overallStatus: 'RECRUITING', startDateStruct: date('2024-01-15') })),
    },
  ],
  invalid: [
    {
      name: 'not yet recruiting with an actual start',
      study: record(status({ overallStatus: 'NOT_YET_RECRUITING', startDateStruct: date('2024-01-15') })),
      errors: [{ messageId: 'started', pointer: `${P}/statusModule/startDateStruct/type` }],
      output: record(status({ overallStatus: 'NOT_YET_RECRUITING', startDateStruct: date('2024-01-15', 'ESTIMATED') })),
    },
    {
      name: 'Unknown status, last known Not yet recruiting, with an actual start (issue 11)',
      study: record(
        status({ overallStatus: 'UNKNOWN', lastKnownStatus: 'NOT_YET_RECRUITING', startDateStruct: date('2019-03') }),
      ),
      errors: [{ messageId: 'started' }],
    },
  ],
});
