import rule from '../../../server/src/core/rules/text/template-hint-left';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'values typed over the hints',
      study: record({
        identificationModule: { briefTitle: 'Metformin for Knee Pain' },
        conditionsModule: { conditions: ['Knee Osteoarthritis'] },
      }),
    },
    {
      name: 'a hint word inside a real value',
      study: record({ identificationModule: { briefTitle: 'Phone Coaching for Condition Studied by Nurses' } }),
    },
    {
      name: 'a bulleted hint outside the criteria',
      study: record({ descriptionModule: { briefSummary: 'Aims:\n\n* Inclusion criterion' } }),
    },
    { name: 'a numeric placeholder default kept', study: record({ designModule: { enrollmentInfo: { count: 100 } } }) },
  ],
  invalid: [
    {
      name: 'a title hint left in place',
      study: record({ identificationModule: { briefTitle: 'Brief title in plain language' } }),
      errors: [{ messageId: 'hintLeft', pointer: `${P}/identificationModule/briefTitle` }],
    },
    {
      name: 'a hint inside a list and inside the criteria',
      study: record({
        conditionsModule: { conditions: ['Asthma', 'Condition studied'] },
        eligibilityModule: {
          eligibilityCriteria: 'Inclusion Criteria:\n\n* Inclusion criterion\n\nExclusion Criteria:\n\n* Pregnancy',
        },
      }),
      errors: [
        { messageId: 'hintLeft', pointer: `${P}/conditionsModule/conditions/1` },
        { messageId: 'hintLeft', pointer: `${P}/eligibilityModule/eligibilityCriteria` },
      ],
    },
  ],
});
