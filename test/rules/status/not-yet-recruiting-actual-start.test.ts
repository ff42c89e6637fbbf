import rule from '../../../server/src/core/rules/status/not-yet-recruiting-actual-start';
import { date, P, startedWhile } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'not yet recruiting, estimated start',
      study: startedWhile('NOT_YET_RECRUITING', date('2026-01', 'ESTIMATED')),
    },
    { name: 'recruiting, actual start', study: startedWhile('RECRUITING', date('2024-01-15')) },
  ],
  invalid: [
    {
      name: 'not yet recruiting with an actual start',
      study: startedWhile('NOT_YET_RECRUITING', date('2024-01-15')),
      errors: [{ messageId: 'started', pointer: `${P}/statusModule/startDateStruct/type` }],
      output: startedWhile('NOT_YET_RECRUITING', date('2024-01-15', 'ESTIMATED')),
    },
    {
      name: 'Unknown status, last known Not yet recruiting, with an actual start (issue 11)',
      study: startedWhile('UNKNOWN', date('2019-03'), { lastKnownStatus: 'NOT_YET_RECRUITING' }),
      errors: [{ messageId: 'started' }],
    },
  ],
});
