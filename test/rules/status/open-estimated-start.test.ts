import rule from '../../../server/src/core/rules/status/open-estimated-start';
import { date, P, startedWhile } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'recruiting, estimated start still ahead',
      study: startedWhile('RECRUITING', date('2025-09', 'ESTIMATED')),
    },
    {
      name: 'not yet recruiting, estimated start',
      study: startedWhile('NOT_YET_RECRUITING', date('2024-01', 'ESTIMATED')),
    },
    { name: 'active, actual start', study: startedWhile('ACTIVE_NOT_RECRUITING', date('2022-03-14')) },
  ],
  invalid: [
    {
      name: 'active, not recruiting with estimated start',
      study: startedWhile('ACTIVE_NOT_RECRUITING', date('2022-03', 'ESTIMATED')),
      errors: [{ messageId: 'estimated', pointer: `${P}/statusModule/startDateStruct/type` }],
      output: startedWhile('ACTIVE_NOT_RECRUITING', date('2022-03', 'ACTUAL')),
    },
    {
      name: 'recruiting, estimated start already past',
      study: startedWhile('RECRUITING', date('2024-05-01', 'ESTIMATED')),
      errors: [{ messageId: 'estimated' }],
    },
  ],
});
