import rule from '../../../server/src/core/rules/enrollment/zero-enrollment-not-withdrawn';
import { enrolled, P, record, status } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    { name: 'withdrawn with 0', study: record(status({ overallStatus: 'WITHDRAWN' }), enrolled(0, 'ACTUAL')) },
    {
      name: 'estimated 0 before recruiting',
      study: record(status({ overallStatus: 'NOT_YET_RECRUITING' }), enrolled(0, 'ESTIMATED')),
    },
  ],
  invalid: [
    {
      name: 'terminated with actual 0',
      study: record(status({ overallStatus: 'TERMINATED' }), enrolled(0, 'ACTUAL')),
      errors: [{ messageId: 'zero', pointer: `${P}/designModule/enrollmentInfo/count` }],
      output: record(status({ overallStatus: 'WITHDRAWN' }), enrolled(0, 'ACTUAL')),
    },
  ],
});
