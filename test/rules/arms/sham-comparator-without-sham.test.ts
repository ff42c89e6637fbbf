import rule from '../../../server/src/core/rules/arms/sham-comparator-without-sham';
import { ARMS, arm, arms, intervention, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'sham linked',
      study: record(
        arms(
          [arm('Control', 'SHAM_COMPARATOR', 'Device: Sham stimulation')],
          [intervention('DEVICE', 'Sham stimulation')],
        ),
      ),
    },
    {
      name: 'sham in the arm label',
      study: record(
        arms([arm('Sham acupuncture', 'SHAM_COMPARATOR', 'Device: Needles')], [intervention('DEVICE', 'Needles')]),
      ),
    },
  ],
  invalid: [
    {
      name: 'a real device',
      study: record(
        arms([arm('Control', 'SHAM_COMPARATOR', 'Device: Stimulator')], [intervention('DEVICE', 'Stimulator')]),
      ),
      errors: [{ messageId: 'noSham', pointer: `${ARMS}/armGroups/0/type` }],
    },
  ],
});
