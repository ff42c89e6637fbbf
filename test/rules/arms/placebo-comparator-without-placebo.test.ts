import rule from '../../../server/src/core/rules/arms/placebo-comparator-without-placebo';
import { ARMS, arm, arms, intervention, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'placebo linked',
      study: record(arms([arm('Control', 'PLACEBO_COMPARATOR', 'Drug: Placebo')], [intervention('DRUG', 'Placebo')])),
    },
    {
      name: 'vehicle cream',
      study: record(
        arms([arm('Control', 'PLACEBO_COMPARATOR', 'Drug: Vehicle cream')], [intervention('DRUG', 'Vehicle cream')]),
      ),
    },
    {
      name: 'placebo named in the description',
      study: record(
        arms(
          [arm('Control', 'PLACEBO_COMPARATOR', 'Drug: Sugar tablet')],
          [{ ...intervention('DRUG', 'Sugar tablet'), description: 'Matching placebo tablet' }],
        ),
      ),
    },
    { name: 'no links (another rule)', study: record(arms([arm('Control', 'PLACEBO_COMPARATOR')])) },
  ],
  invalid: [
    {
      name: 'an active drug',
      study: record(
        arms([arm('Control', 'PLACEBO_COMPARATOR', 'Drug: Ibuprofen')], [intervention('DRUG', 'Ibuprofen')]),
      ),
      errors: [{ messageId: 'noPlacebo', pointer: `${ARMS}/armGroups/0/type` }],
    },
  ],
});
