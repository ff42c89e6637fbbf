import rule from '../../../server/src/core/rules/arms/unknown-arm-label';
import { ARMS, arm, arms, intervention, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'labels match',
      study: record(arms([arm('Aspirin arm', 'EXPERIMENTAL')], [intervention('DRUG', 'Aspirin', 'Aspirin arm')])),
    },
    {
      name: 'labels match ignoring case and spaces',
      study: record(arms([arm('Aspirin  Arm', 'EXPERIMENTAL')], [intervention('DRUG', 'Aspirin', 'aspirin arm')])),
    },
    {
      name: 'no arms (old record)',
      study: record({ armsInterventionsModule: { interventions: [intervention('DRUG', 'Aspirin', 'Group 1')] } }),
    },
  ],
  invalid: [
    {
      name: 'dangling label',
      study: record(arms([arm('Aspirin arm', 'EXPERIMENTAL')], [intervention('DRUG', 'Aspirin', 'Aspirin group')])),
      errors: [{ messageId: 'unknown', pointer: `${ARMS}/interventions/0/armGroupLabels/0` }],
    },
  ],
});
