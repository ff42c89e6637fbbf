import rule from '../../../server/src/core/rules/dates/verification-in-future';
import { P, record, status } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'verified this month',
      study: record(status({ statusVerifiedDate: '2025-06' })),
    },
  ],
  invalid: [
    {
      name: 'verified next year',
      study: record(status({ statusVerifiedDate: '2026-01' })),
      errors: [{ messageId: 'future', pointer: `${P}/statusModule/statusVerifiedDate` }],
    },
  ],
});
