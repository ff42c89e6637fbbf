import rule from '../../../server/src/core/rules/status/verification-stale';
import { P, withStatus } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    { name: 'verified this year', study: withStatus('RECRUITING', { statusVerifiedDate: '2025-01' }) },
    { name: 'completed long ago', study: withStatus('COMPLETED', { statusVerifiedDate: '2015-01' }) },
    {
      name: 'Unknown status (the registry already says so)',
      study: withStatus('UNKNOWN', { lastKnownStatus: 'RECRUITING', statusVerifiedDate: '2015-01' }),
    },
  ],
  invalid: [
    {
      name: 'recruiting, verified 2 years ago',
      study: withStatus('RECRUITING', { statusVerifiedDate: '2023-05' }),
      errors: [{ messageId: 'stale', pointer: `${P}/statusModule/statusVerifiedDate` }],
    },
  ],
});
