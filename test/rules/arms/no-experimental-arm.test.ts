import rule from '../../../server/src/core/rules/arms/no-experimental-arm';
import { ARMS, arm, arms, interventional, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'experimental vs placebo',
      study: record(interventional(), arms([arm('X', 'EXPERIMENTAL'), arm('P', 'PLACEBO_COMPARATOR')])),
    },
    {
      name: 'all Other arms (health services research)',
      study: record(interventional(), arms([arm('Clinic A', 'OTHER'), arm('Clinic B', 'OTHER')])),
    },
    {
      name: 'two active comparators (head to head)',
      study: record(interventional(), arms([arm('Drug A', 'ACTIVE_COMPARATOR'), arm('Drug B', 'ACTIVE_COMPARATOR')])),
    },
    {
      name: 'Other vs no intervention',
      study: record(interventional(), arms([arm('Education', 'OTHER'), arm('Control', 'NO_INTERVENTION')])),
    },
  ],
  invalid: [
    {
      name: 'active comparator vs placebo',
      study: record(interventional(), arms([arm('Drug X', 'ACTIVE_COMPARATOR'), arm('Placebo', 'PLACEBO_COMPARATOR')])),
      errors: [{ messageId: 'none', pointer: `${ARMS}/armGroups` }],
    },
  ],
});
