import rule from '../../../server/src/core/rules/status/why-stopped-missing';
import { P, withStatus } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    { name: 'terminated with a reason', study: withStatus('TERMINATED', { whyStopped: 'Slow accrual' }) },
    { name: 'completed without a reason', study: withStatus('COMPLETED') },
  ],
  invalid: [
    {
      name: 'withdrawn without a reason',
      study: withStatus('WITHDRAWN'),
      errors: [{ messageId: 'missing', pointer: `${P}/statusModule/overallStatus` }],
      output: withStatus('WITHDRAWN', { whyStopped: 'Reason for stopping' }),
    },
    {
      name: 'suspended with a blank reason',
      study: withStatus('SUSPENDED', { whyStopped: '  ' }),
      errors: [{ messageId: 'missing' }],
    },
  ],
});
