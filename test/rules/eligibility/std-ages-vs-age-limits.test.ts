import rule from '../../../server/src/core/rules/eligibility/std-ages-vs-age-limits';
import { eligibility, P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'adults to 70',
      study: record(eligibility({ minimumAge: '18 Years', maximumAge: '70 Years', stdAges: ['ADULT', 'OLDER_ADULT'] })),
    },
    { name: 'no limits', study: record(eligibility({ stdAges: ['CHILD', 'ADULT', 'OLDER_ADULT'] })) },
    {
      name: 'children',
      study: record(eligibility({ minimumAge: '6 Months', maximumAge: '17 Years', stdAges: ['CHILD'] })),
    },
    { name: 'no stdAges written', study: record(eligibility({ minimumAge: '18 Years' })) },
  ],
  invalid: [
    {
      name: 'older adults missing',
      study: record(eligibility({ minimumAge: '18 Years', maximumAge: '70 Years', stdAges: ['ADULT'] })),
      errors: [{ messageId: 'mismatch', pointer: `${P}/eligibilityModule/stdAges` }],
      output: record(
        eligibility({ minimumAge: '18 Years', maximumAge: '70 Years', stdAges: ['ADULT', 'OLDER_ADULT'] }),
      ),
    },
  ],
});
