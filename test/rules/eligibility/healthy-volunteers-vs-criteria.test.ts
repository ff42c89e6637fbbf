import rule from '../../../server/src/core/rules/eligibility/healthy-volunteers-vs-criteria';
import { eligibility, P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'accepts healthy volunteers',
      study: record(
        eligibility({ healthyVolunteers: true, eligibilityCriteria: 'Inclusion Criteria:\n* Healthy volunteers' }),
      ),
    },
    {
      name: 'otherwise healthy patients',
      study: record(
        eligibility({
          healthyVolunteers: false,
          eligibilityCriteria: 'Inclusion Criteria:\n* Otherwise healthy adults with migraine',
        }),
      ),
    },
    {
      name: 'healthy volunteers only in the exclusion part',
      study: record(
        eligibility({
          healthyVolunteers: false,
          eligibilityCriteria: 'Inclusion Criteria:\n* Patients with asthma\nExclusion Criteria:\n* Healthy volunteers',
        }),
      ),
    },
    {
      name: 'Yes with healthy controls next to patients',
      study: record(
        eligibility({
          healthyVolunteers: true,
          eligibilityCriteria: 'Inclusion Criteria:\n* Patients with asthma\n* Healthy controls matched for age',
        }),
      ),
    },
    {
      name: 'Yes in a study of people at risk',
      study: record(
        eligibility({
          healthyVolunteers: true,
          eligibilityCriteria: 'Inclusion Criteria:\n* Adults at risk of diabetes',
        }),
      ),
    },
  ],
  invalid: [
    {
      name: 'the other direction: Yes while every participant needs a diagnosis (issue 11)',
      study: record(
        eligibility({
          healthyVolunteers: true,
          eligibilityCriteria:
            'Inclusion Criteria:\n* Histologically confirmed breast cancer\n' +
            '* ECOG 0-1\nExclusion Criteria:\n* Healthy volunteers',
        }),
      ),
      errors: [{ messageId: 'needsDiagnosis', pointer: `${P}/eligibilityModule/healthyVolunteers` }],
    },
    {
      name: 'recruits healthy subjects',
      study: record(
        eligibility({
          healthyVolunteers: false,
          eligibilityCriteria: 'Inclusion Criteria:\n* Healthy subjects aged 18 to 45 years',
        }),
      ),
      errors: [{ messageId: 'recruitsHealthy', pointer: `${P}/eligibilityModule/healthyVolunteers` }],
      output: record(
        eligibility({
          healthyVolunteers: true,
          eligibilityCriteria: 'Inclusion Criteria:\n* Healthy subjects aged 18 to 45 years',
        }),
      ),
    },
  ],
});
