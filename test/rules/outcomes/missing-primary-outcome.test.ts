import rule from '../../../server/src/core/rules/outcomes/missing-primary-outcome';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    { name: 'with a primary outcome', study: record({ designModule: { studyType: 'INTERVENTIONAL' }, outcomesModule: { primaryOutcomes: [{ measure: 'Pain', timeFrame: '12 weeks' }] } }) },
    { name: 'expanded access', study: record({ designModule: { studyType: 'EXPANDED_ACCESS' } }) },
    { name: 'registered before FDAAA', study: record({ designModule: { studyType: 'INTERVENTIONAL' }, statusModule: { studyFirstSubmitDate: '2002-04-09' } }) },
  ],
  invalid: [{ name: 'interventional without outcomes', study: record({ designModule: { studyType: 'INTERVENTIONAL' } }), errors: [{ messageId: 'missing', pointer: `${P}/designModule/studyType` }] }],
});
