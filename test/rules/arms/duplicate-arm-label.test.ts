import rule from '../../../server/src/core/rules/arms/duplicate-arm-label';
import { ARMS, arm, arms, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'distinct labels',
      study: record(arms([arm('New', 'EXPERIMENTAL'), arm('Standard', 'ACTIVE_COMPARATOR')])),
    },
  ],
  invalid: [
    {
      name: 'same label in another case',
      study: record(arms([arm('Treatment', 'EXPERIMENTAL'), arm('treatment ', 'ACTIVE_COMPARATOR')])),
      errors: [{ messageId: 'duplicate', pointer: `${ARMS}/armGroups/1/label` }],
    },
  ],
});
