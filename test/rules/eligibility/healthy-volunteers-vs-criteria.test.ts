import rule from '../../../server/src/core/rules/eligibility/healthy-volunteers-vs-criteria';
import { eligibility, P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    { name: 'accepts healthy volunteers', study: record(eligibility({ healthyVolunteers: true, eligibilityCriteria: 'Inclusion Criteria:\n* Healthy volunteers' })) },
    { name: 'otherwise healthy patients', study: record(eligibility({ healthyVolunteers: false, eligibilityCriteria: 'Inclusion Criteria:\n* Otherwise healthy adults with migraine' })) },
    { name: 'healthy volunteers only in the exclusion part', study: record(eligibility({ healthyVolunteers: false, eligibilityCriteria: 'Inclusion Criteria:\n* Patients with asthma\nExclusion Criteria:\n* Healthy volunteers' })) },
  ],
  invalid: [
    {
      name: 'recruits healthy subjects',
      study: record(eligibility({ healthyVolunteers: false, eligibilityCriteria: 'Inclusion Criteria:\n* Healthy subjects aged 18 to 45 years' })),
      errors: [{ messageId: 'recruitsHealthy', pointer: `${P}/eligibilityModule/healthyVolunteers` }],
      output: record(eligibility({ healthyVolunteers: true, eligibilityCriteria: 'Inclusion Criteria:\n* Healthy subjects aged 18 to 45 years' })),
    },
  ],
});
