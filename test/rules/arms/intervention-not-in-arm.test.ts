import rule from '../../../server/src/core/rules/arms/intervention-not-in-arm';
import { ARMS, arm, arms, intervention, interventional, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'every intervention linked',
      study: record(
        interventional(),
        arms(
          [arm('A', 'EXPERIMENTAL', 'Drug: Aspirin'), arm('B', 'NO_INTERVENTION')],
          [intervention('DRUG', 'Aspirin')],
        ),
      ),
    },
    {
      name: 'one arm: the link is implied',
      study: record(interventional(), arms([arm('A', 'EXPERIMENTAL')], [intervention('DRUG', 'Aspirin')])),
    },
  ],
  invalid: [
    {
      name: 'an orphan intervention with two arms',
      study: record(
        interventional(),
        arms(
          [arm('A', 'EXPERIMENTAL', 'Drug: Aspirin'), arm('B', 'NO_INTERVENTION')],
          [intervention('DRUG', 'Aspirin'), intervention('DRUG', 'Paracetamol')],
        ),
      ),
      errors: [{ messageId: 'orphan', pointer: `${ARMS}/interventions/1/name` }],
    },
  ],
});
