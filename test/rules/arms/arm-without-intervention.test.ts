import rule from '../../../server/src/core/rules/arms/arm-without-intervention';
import { ARMS, arm, arms, intervention, interventional, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'every arm linked',
      study: record(
        interventional(),
        arms(
          [arm('A', 'EXPERIMENTAL', 'Drug: Aspirin'), arm('B', 'PLACEBO_COMPARATOR')],
          [intervention('DRUG', 'Aspirin'), intervention('DRUG', 'Placebo', 'B')],
        ),
      ),
    },
    {
      name: 'a no-intervention arm',
      study: record(
        interventional(),
        arms(
          [arm('A', 'EXPERIMENTAL', 'Drug: Aspirin'), arm('B', 'NO_INTERVENTION')],
          [intervention('DRUG', 'Aspirin')],
        ),
      ),
    },
    {
      name: 'no interventions at all (schema reports it)',
      study: record(interventional(), arms([arm('A', 'EXPERIMENTAL')])),
    },
    {
      name: 'dangling name (another rule)',
      study: record(
        interventional(),
        arms([arm('A', 'EXPERIMENTAL', 'Drug: Asprin')], [intervention('DRUG', 'Aspirin', 'Z')]),
      ),
    },
  ],
  invalid: [
    {
      name: 'an experimental arm with nothing',
      study: record(
        interventional(),
        arms(
          [arm('A', 'EXPERIMENTAL'), arm('B', 'PLACEBO_COMPARATOR', 'Drug: Placebo')],
          [intervention('DRUG', 'Placebo')],
        ),
      ),
      errors: [{ messageId: 'nothing', pointer: `${ARMS}/armGroups/0/label` }],
    },
  ],
});
