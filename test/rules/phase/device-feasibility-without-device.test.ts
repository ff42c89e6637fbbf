import rule from '../../../server/src/core/rules/phase/device-feasibility-without-device';
import { arms, intervention, interventional, P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'a device',
      study: record(
        interventional({ primaryPurpose: 'DEVICE_FEASIBILITY' }),
        arms([], [intervention('DEVICE', 'Stent')]),
      ),
    },
  ],
  invalid: [
    {
      name: 'no device',
      study: record(
        interventional({ primaryPurpose: 'DEVICE_FEASIBILITY' }),
        arms([], [intervention('BEHAVIORAL', 'Coaching')]),
      ),
      errors: [{ messageId: 'noDevice', pointer: `${P}/designModule/designInfo/primaryPurpose` }],
    },
  ],
});
