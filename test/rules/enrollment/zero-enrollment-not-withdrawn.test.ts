import rule from '../../../server/src/core/rules/enrollment/zero-enrollment-not-withdrawn';
import { P, record, status } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'withdrawn with 0',
      study: record(status({ overallStatus: 'WITHDRAWN' }), {
        designModule: { enrollmentInfo: { count: 0, type: 'ACTUAL' } },
      }),
    },
    {
      name: 'estimated 0 before recruiting',
      study: record(status({ overallStatus: 'NOT_YET_RECRUITING' }), {
        designModule: { enrollmentInfo: { count: 0, type: 'ESTIMATED' } },
      }),
    },
  ],
  invalid: [
    {
      name: 'terminated with actual 0',
      study: record(status({ overallStatus: 'TERMINATED' }), {
        designModule: { enrollmentInfo: { count: 0, type: 'ACTUAL' } },
      }),
      errors: [{ messageId: 'zero', pointer: `${P}/designModule/enrollmentInfo/count` }],
      output: record(status({ overallStatus: 'WITHDRAWN' }), {
        designModule: { enrollmentInfo: { count: 0, type: 'ACTUAL' } },
      }),
    },
  ],
});
