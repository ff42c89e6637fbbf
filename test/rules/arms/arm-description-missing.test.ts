import rule from '../../../server/src/core/rules/arms/arm-description-missing';
import { arm, ARMS, arms, interventional, observational, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'described arm',
      study: record(interventional(), arms([{ label: 'A', type: 'EXPERIMENTAL', description: 'Drug X 10 mg daily' }])),
    },
    {
      name: 'observational group without description',
      study: record(observational(), arms([arm('Cohort', undefined)])),
    },
  ],
  invalid: [
    {
      name: 'arm without description',
      study: record(interventional(), arms([arm('A', 'EXPERIMENTAL')])),
      errors: [{ messageId: 'missing', pointer: `${ARMS}/armGroups/0` }],
    },
  ],
});
