import rule from '../../../server/src/core/rules/status/why-stopped-on-active-study';
import { P, withStatus } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    { name: 'terminated with a reason', study: withStatus('TERMINATED', { whyStopped: 'Slow accrual' }) },
    { name: 'unknown status with a reason', study: withStatus('UNKNOWN', { whyStopped: 'Sponsor decision' }) },
  ],
  invalid: [
    {
      name: 'recruiting with a reason',
      study: withStatus('RECRUITING', { whyStopped: 'Funding ended' }),
      errors: [{ messageId: 'unexpected', pointer: `${P}/statusModule/whyStopped` }],
      output: withStatus('RECRUITING'),
    },
  ],
});
