import rule from '../../../server/src/core/rules/status/why-stopped-on-active-study';
import { P, record, status } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'terminated with a reason',
      study: record(status({ overallStatus: 'TERMINATED', whyStopped: 'Slow accrual' })),
    },
    {
      name: 'unknown status with a reason',
      study: record(status({ overallStatus: 'UNKNOWN', whyStopped: 'Sponsor decision' })),
    },
  ],
  invalid: [
    {
      name: 'recruiting with a reason',
      study: record(status({ overallStatus: 'RECRUITING', whyStopped: 'Funding ended' })),
      errors: [{ messageId: 'unexpected', pointer: `${P}/statusModule/whyStopped` }],
      output: record(status({ overallStatus: 'RECRUITING' })),
    },
  ],
});
