import rule from '../../../server/src/core/rules/eligibility/min-age-above-max-age';
import { eligibility, P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    { name: 'ordered limits', study: record(eligibility({ minimumAge: '18 Years', maximumAge: '70 Years' })) },
    { name: 'different units', study: record(eligibility({ minimumAge: '6 Months', maximumAge: '2 Years' })) },
    { name: 'only a minimum', study: record(eligibility({ minimumAge: '18 Years' })) },
  ],
  invalid: [
    {
      name: 'inverted',
      study: record(eligibility({ minimumAge: '65 Years', maximumAge: '18 Years' })),
      errors: [{ messageId: 'inverted', pointer: `${P}/eligibilityModule/minimumAge` }],
    },
    {
      name: 'inverted across units',
      study: record(eligibility({ minimumAge: '2 Years', maximumAge: '18 Months' })),
      errors: [{ messageId: 'inverted' }],
    },
  ],
});
