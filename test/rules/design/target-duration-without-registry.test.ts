import rule from '../../../server/src/core/rules/design/target-duration-without-registry';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'a registry',
      study: record({ designModule: { studyType: 'OBSERVATIONAL', patientRegistry: true, targetDuration: '5 Years' } }),
    },
  ],
  invalid: [
    {
      name: 'a duration without a registry',
      study: record({
        designModule: { studyType: 'OBSERVATIONAL', patientRegistry: false, targetDuration: '5 Years' },
      }),
      errors: [{ messageId: 'orphan', pointer: `${P}/designModule/targetDuration` }],
    },
  ],
});
