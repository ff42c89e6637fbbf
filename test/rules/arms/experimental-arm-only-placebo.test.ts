import rule from '../../../server/src/core/rules/arms/experimental-arm-only-placebo';
import { ARMS, arm, arms, intervention, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'drug plus placebo',
      study: record(
        arms(
          [arm('A', 'EXPERIMENTAL', 'Drug: X', 'Drug: Placebo')],
          [intervention('DRUG', 'X'), intervention('DRUG', 'Placebo')],
        ),
      ),
    },
    {
      name: 'a combination named with placebo',
      study: record(
        arms([arm('A', 'EXPERIMENTAL', 'Drug: Placebo + Drug X')], [intervention('DRUG', 'Placebo + Drug X')]),
      ),
    },
    {
      name: 'placebo comparator',
      study: record(arms([arm('A', 'PLACEBO_COMPARATOR', 'Drug: Placebo')], [intervention('DRUG', 'Placebo')])),
    },
  ],
  invalid: [
    {
      name: 'only placebo',
      study: record(arms([arm('A', 'EXPERIMENTAL', 'Drug: Placebo')], [intervention('DRUG', 'Placebo')])),
      errors: [{ messageId: 'onlyPlacebo', pointer: `${ARMS}/armGroups/0/type` }],
      output: record(arms([arm('A', 'PLACEBO_COMPARATOR', 'Drug: Placebo')], [intervention('DRUG', 'Placebo')])),
    },
  ],
});
