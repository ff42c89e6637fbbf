import rule from '../../../server/src/core/rules/dates/actual-date-in-future';
import { date, P, record, status } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    { name: 'actual in the past', study: record(status({ startDateStruct: date('2024-01-15') })) },
    {
      name: 'actual this month at month precision',
      study: record(status({ startDateStruct: date('2025-06') })),
      today: '2025-06-15',
    },
    { name: 'estimated in the future', study: record(status({ startDateStruct: date('2026-01-15', 'ESTIMATED') })) },
  ],
  invalid: [
    {
      name: 'actual start next month',
      study: record(status({ startDateStruct: date('2025-07-01') })),
      today: '2025-06-15',
      errors: [{ messageId: 'future', pointer: `${P}/statusModule/startDateStruct/date` }],
      output: record(status({ startDateStruct: date('2025-07-01', 'ESTIMATED') })),
    },
  ],
});
