import rule from '../../../server/src/core/rules/dates/estimated-date-long-past';
import { date, P, record, startedWhile, status, withStatus } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name:
        'the seed: Unknown status, last known Recruiting (the abandoned ' +
        'record is reported once, by status/unknown-status-open-site)',
      study: record(
        status({
          overallStatus: 'UNKNOWN',
          lastKnownStatus: 'RECRUITING',
          completionDateStruct: date('2014-12-31', 'ESTIMATED'),
        }),
      ),
    },
    {
      name: 'recruiting, estimate a few months past (within a year)',
      study: withStatus('RECRUITING', { primaryCompletionDateStruct: date('2025-01', 'ESTIMATED') }),
    },
    {
      name: 'completed study (its dates are checked elsewhere)',
      study: withStatus('COMPLETED', { completionDateStruct: date('2019-01', 'ESTIMATED') }),
    },
    {
      name: 'recruiting with an estimated start long past (status/open-estimated-start reports it)',
      study: startedWhile('RECRUITING', date('2020-01', 'ESTIMATED')),
    },
  ],
  invalid: [
    {
      name: 'recruiting, estimated primary completion more than a year past',
      study: record(
        status({
          overallStatus: 'RECRUITING',
          primaryCompletionDateStruct: date('2021-12', 'ESTIMATED'),
          completionDateStruct: date('2022-06', 'ESTIMATED'),
        }),
      ),
      errors: [{ messageId: 'past', pointer: `${P}/statusModule/primaryCompletionDateStruct/date` }],
    },
    {
      name: 'not yet recruiting, estimated start long past',
      study: startedWhile('NOT_YET_RECRUITING', date('2023-01', 'ESTIMATED')),
      errors: [{ messageId: 'past' }],
    },
  ],
});
