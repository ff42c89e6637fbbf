import rule from '../../../server/src/core/rules/enrollment/withdrawn-with-enrollment';
import { enrolled, P, record, status } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    { name: 'withdrawn with zero', study: record(status({ overallStatus: 'WITHDRAWN' }), enrolled(0, 'ACTUAL')) },
    {
      name: 'completed with participants',
      study: record(status({ overallStatus: 'COMPLETED' }), enrolled(20, 'ACTUAL')),
    },
  ],
  invalid: [
    {
      name: 'withdrawn with participants',
      study: record(status({ overallStatus: 'WITHDRAWN' }), enrolled(20, 'ESTIMATED')),
      errors: [{ messageId: 'enrolled', pointer: `${P}/designModule/enrollmentInfo/count` }],
      output: record(status({ overallStatus: 'WITHDRAWN' }), enrolled(0, 'ACTUAL')),
    },
  ],
});
