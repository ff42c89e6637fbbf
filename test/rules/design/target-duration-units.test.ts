import rule from '../../../server/src/core/rules/design/target-duration-units';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'years',
      study: record({ designModule: { patientRegistry: true, targetDuration: '5 Years' } }),
    },
  ],
  invalid: [
    {
      name: 'hours',
      study: record({ designModule: { patientRegistry: true, targetDuration: '48 Hours' } }),
      errors: [{ messageId: 'unit', pointer: `${P}/designModule/targetDuration` }],
    },
  ],
});
