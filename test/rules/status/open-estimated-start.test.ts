import rule from '../../../server/src/core/rules/status/open-estimated-start';
import { date, P, record, status } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'recruiting, estimated start still ahead',
      study: record(status({ overallStatus: 'RECRUITING', startDateStruct: date('2025-09', 'ESTIMATED') })),
    },
    {
      name: 'not yet recruiting, estimated start',
      study: record(status({ overallStatus: 'NOT_YET_RECRUITING', startDateStruct: date('2024-01', 'ESTIMATED') })),
    },
    {
      name: 'active, actual start',
      study: record(status({ overallStatus: 'ACTIVE_NOT_RECRUITING', startDateStruct: date('2022-03-14') })),
    },
  ],
  invalid: [
    {
      name: 'active, not recruiting with estimated start',
      study: record(status({ overallStatus: 'ACTIVE_NOT_RECRUITING', startDateStruct: date('2022-03', 'ESTIMATED') })),
      errors: [{ messageId: 'estimated', pointer: `${P}/statusModule/startDateStruct/type` }],
      output: record(status({ overallStatus: 'ACTIVE_NOT_RECRUITING', startDateStruct: date('2022-03', 'ACTUAL') })),
    },
    {
      name: 'recruiting, estimated start already past',
      study: record(status({ overallStatus: 'RECRUITING', startDateStruct: date('2024-05-01', 'ESTIMATED') })),
      errors: [{ messageId: 'estimated' }],
    },
  ],
});
