import rule from '../../../server/src/core/rules/outcomes/missing-primary-outcome';
import { outcome, P, primaryOutcomes, record, secondaryOutcomes } from '../builders';
import { runRuleTests } from '../ruleTester';

const studyType = (type: string) => ({ designModule: { studyType: type } });

runRuleTests(rule, {
  valid: [
    {
      name: 'with a primary outcome',
      study: record(studyType('INTERVENTIONAL'), primaryOutcomes(outcome('Pain', '12 weeks'))),
    },
    { name: 'expanded access', study: record(studyType('EXPANDED_ACCESS')) },
    {
      name: 'registered before FDAAA',
      study: record(studyType('INTERVENTIONAL'), { statusModule: { studyFirstSubmitDate: '2002-04-09' } }),
    },
  ],
  invalid: [
    {
      name: 'interventional without outcomes',
      study: record(studyType('INTERVENTIONAL')),
      errors: [{ messageId: 'missing', pointer: `${P}/designModule/studyType` }],
    },
    {
      name: 'an outcomes module with only secondary outcomes: reported on the module',
      study: record(studyType('OBSERVATIONAL'), secondaryOutcomes(outcome('Pain', '12 weeks'))),
      errors: [{ messageId: 'missing', pointer: `${P}/outcomesModule` }],
    },
    {
      name: 'an empty primary outcome list: reported on the list',
      study: record(studyType('INTERVENTIONAL'), primaryOutcomes()),
      errors: [{ messageId: 'missing', pointer: `${P}/outcomesModule/primaryOutcomes` }],
    },
  ],
});
