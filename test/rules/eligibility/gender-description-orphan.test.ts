import rule from '../../../server/src/core/rules/eligibility/gender-description-orphan';
import { eligibility, P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'gender based',
      study: record(eligibility({ genderBased: true, genderDescription: 'Transgender women' })),
    },
  ],
  invalid: [
    {
      name: 'description without gender based',
      study: record(eligibility({ genderDescription: 'Transgender women' })),
      errors: [{ messageId: 'orphan', pointer: `${P}/eligibilityModule/genderDescription` }],
    },
  ],
});
