import rule from '../../../server/src/core/rules/oversight/device-answers-without-device';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'device study',
      study: record({ oversightModule: { isFdaRegulatedDevice: true, isUnapprovedDevice: true } }),
    },
  ],
  invalid: [
    {
      name: 'unapproved device without a device',
      study: record({ oversightModule: { isFdaRegulatedDevice: false, isUnapprovedDevice: true } }),
      errors: [{ messageId: 'orphan', pointer: `${P}/oversightModule/isUnapprovedDevice` }],
      output: record({ oversightModule: { isFdaRegulatedDevice: true, isUnapprovedDevice: true } }),
    },
  ],
});
