import rule from '../../../server/src/core/rules/eligibility/age-unit-number';
import { eligibility, P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: '1 Year',
      study: record(eligibility({ minimumAge: '1 Year', maximumAge: '2 Years' })),
    },
  ],
  invalid: [
    {
      name: '1 Years',
      study: record(eligibility({ minimumAge: '1 Years' })),
      errors: [{ messageId: 'grammar', pointer: `${P}/eligibilityModule/minimumAge` }],
      output: record(eligibility({ minimumAge: '1 Year' })),
    },
  ],
});
