import rule from '../../../server/src/core/rules/status/why-stopped-missing';
import { P, record, status } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'terminated with a reason',
      study: record(status({ overallStatus: 'TERMINATED', whyStopped: 'Slow accrual' })),
    },
    { name: 'completed without a reason', study: record(status({ overallStatus: 'COMPLETED' })) },
  ],
  invalid: [
    {
      name: 'withdrawn without a reason',
      study: record(status({ overallStatus: 'WITHDRAWN' })),
      errors: [{ messageId: 'missing', pointer: `${P}/statusModule/overallStatus` }],
      output: record(status({ overallStatus: 'WITHDRAWN', whyStopped: 'Reason for stopping' })),
    },
    {
      name: 'suspended with a blank reason',
      study: record(status({ overallStatus: 'SUSPENDED', whyStopped: '  ' })),
      errors: [{ messageId: 'missing' }],
    },
  ],
});
