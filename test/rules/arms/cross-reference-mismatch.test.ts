import rule from '../../../server/src/core/rules/arms/cross-reference-mismatch';
import { ARMS, arm, arms, intervention, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'both directions agree',
      study: record(arms([arm('A', 'EXPERIMENTAL', 'Drug: Aspirin')], [intervention('DRUG', 'Aspirin', 'A')])),
    },
    {
      name: 'only the arm direction is written',
      study: record(
        arms(
          [arm('A', 'EXPERIMENTAL', 'Drug: Aspirin'), arm('B', 'EXPERIMENTAL', 'Drug: Aspirin')],
          [intervention('DRUG', 'Aspirin')],
        ),
      ),
    },
    {
      name: 'only the intervention direction is written',
      study: record(arms([arm('A', 'EXPERIMENTAL')], [intervention('DRUG', 'Aspirin', 'A')])),
    },
    {
      name: 'duplicated intervention names, each listing its own arm',
      study: record(
        arms(
          [arm('A', 'EXPERIMENTAL', 'Drug: X'), arm('B', 'EXPERIMENTAL', 'Drug: X')],
          [intervention('DRUG', 'X', 'A'), intervention('DRUG', 'X', 'B')],
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'the intervention lists an arm that does not list it',
      study: record(
        arms(
          [arm('A', 'EXPERIMENTAL', 'Drug: Aspirin'), arm('B', 'PLACEBO_COMPARATOR', 'Drug: Placebo')],
          [intervention('DRUG', 'Aspirin', 'A', 'B'), intervention('DRUG', 'Placebo', 'B')],
        ),
      ),
      errors: [{ messageId: 'interventionOnly', pointer: `${ARMS}/interventions/0/armGroupLabels/1` }],
      output: record(
        arms(
          [arm('A', 'EXPERIMENTAL', 'Drug: Aspirin'), arm('B', 'PLACEBO_COMPARATOR', 'Drug: Placebo', 'Drug: Aspirin')],
          [intervention('DRUG', 'Aspirin', 'A', 'B'), intervention('DRUG', 'Placebo', 'B')],
        ),
      ),
    },
    {
      name: 'the arm lists an intervention that does not list it',
      study: record(
        arms(
          [arm('A', 'EXPERIMENTAL', 'Drug: Aspirin'), arm('B', 'EXPERIMENTAL', 'Drug: Aspirin')],
          [intervention('DRUG', 'Aspirin', 'A')],
        ),
      ),
      errors: [{ messageId: 'armOnly', pointer: `${ARMS}/armGroups/1/interventionNames/0` }],
      output: record(
        arms(
          [arm('A', 'EXPERIMENTAL', 'Drug: Aspirin'), arm('B', 'EXPERIMENTAL', 'Drug: Aspirin')],
          [intervention('DRUG', 'Aspirin', 'A', 'B')],
        ),
      ),
    },
  ],
});
