import rule from '../../../server/src/core/rules/eligibility/criteria-headings';
import { eligibility, P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'both headings',
      study: record(
        eligibility({ eligibilityCriteria: 'Inclusion Criteria:\n* Adults\nExclusion Criteria:\n* Pregnancy' }),
      ),
    },
  ],
  invalid: [
    {
      name: 'no headings',
      study: record(eligibility({ eligibilityCriteria: 'Adults with asthma.' })),
      errors: [{ messageId: 'missing', pointer: `${P}/eligibilityModule/eligibilityCriteria` }],
    },
  ],
});
