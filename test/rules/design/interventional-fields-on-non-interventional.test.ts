import rule from '../../../server/src/core/rules/design/interventional-fields-on-non-interventional';
import { arm, arms, observational, P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'observational with observational fields',
      study: record(
        observational({ designInfo: { observationalModel: 'COHORT', timePerspective: 'PROSPECTIVE' } }),
        arms([arm('Cases', undefined)]),
      ),
    },
    {
      name: 'interventional with allocation',
      study: record({ designModule: { studyType: 'INTERVENTIONAL', designInfo: { allocation: 'RANDOMIZED' } } }),
    },
  ],
  invalid: [
    {
      name: 'observational with a primary purpose',
      study: record(observational({ designInfo: { observationalModel: 'COHORT', primaryPurpose: 'TREATMENT' } })),
      errors: [{ messageId: 'designField' }],
      output: record(observational({ designInfo: { observationalModel: 'COHORT' } })),
    },
    {
      name: 'observational with allocation and masking',
      study: record(observational({ designInfo: { allocation: 'RANDOMIZED', maskingInfo: { masking: 'NONE' } } })),
      errors: [
        { messageId: 'designField', pointer: `${P}/designModule/designInfo/allocation` },
        { messageId: 'designField', pointer: `${P}/designModule/designInfo/maskingInfo` },
      ],
    },
    {
      name: 'expanded access with an arm type',
      study: record({ designModule: { studyType: 'EXPANDED_ACCESS' } }, arms([arm('Patients', 'EXPERIMENTAL')])),
      errors: [{ messageId: 'armType', pointer: `${P}/armsInterventionsModule/armGroups/0/type` }],
    },
  ],
});
