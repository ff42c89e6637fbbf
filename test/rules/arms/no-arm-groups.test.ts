import rule from '../../../server/src/core/rules/arms/no-arm-groups';
import { ARMS, arm, arms, intervention, interventional, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'arms and interventions',
      study: record(
        interventional(),
        arms([arm('A', 'EXPERIMENTAL', 'Drug: Aspirin')], [intervention('DRUG', 'Aspirin')]),
      ),
    },
    {
      name: 'observational record with interventions only',
      study: record({
        designModule: { studyType: 'OBSERVATIONAL' },
        armsInterventionsModule: { interventions: [intervention('OTHER', 'Exposure')] },
      }),
    },
  ],
  invalid: [
    {
      name: 'an old record with interventions but no arms',
      study: record(interventional(), {
        armsInterventionsModule: { interventions: [intervention('DRUG', 'Aspirin'), intervention('DRUG', 'Placebo')] },
      }),
      errors: [{ messageId: 'noArms', pointer: `${ARMS}/interventions` }],
    },
  ],
});
