import rule from '../../../server/src/core/rules/outcomes/missing-primary-outcome';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'with a primary outcome',
      study: record({
        designModule: { studyType: 'INTERVENTIONAL' },
        outcomesModule: { primaryOutcomes: [{ measure: 'Pain', timeFrame: '12 weeks' }] },
      }),
    },
    { name: 'expanded access', study: record({ designModule: { studyType: 'EXPANDED_ACCESS' } }) },
    {
      name: 'registered before FDAAA',
      study: record({
        designModule: { studyType: 'INTERVENTIONAL' },
        statusModule: { studyFirstSubmitDate: '2002-04-09' },
      }),
    },
  ],
  invalid: [
    {
      name: 'interventional without outcomes',
      study: record({ designModule: { studyType: 'INTERVENTIONAL' } }),
      errors: [{ messageId: 'missing', pointer: `${P}/designModule/studyType` }],
    },
    {
      name: 'an outcomes module with only secondary outcomes: reported on the module',
      study: record({
        designModule: { studyType: 'OBSERVATIONAL' },
        outcomesModule: { secondaryOutcomes: [{ measure: 'Pain', timeFrame: '12 weeks' }] },
      }),
      errors: [{ messageId: 'missing', pointer: `${P}/outcomesModule` }],
    },
    {
      name: 'an empty primary outcome list: reported on the list',
      study: record({ designModule: { studyType: 'INTERVENTIONAL' }, outcomesModule: { primaryOutcomes: [] } }),
      errors: [{ messageId: 'missing', pointer: `${P}/outcomesModule/primaryOutcomes` }],
    },
  ],
});
