import rule from '../../../server/src/core/rules/results/unit-does-not-match-title';
import { runRuleTests } from '../ruleTester';
import { OUTCOMES, injected, publishedCases } from './records';

runRuleTests(rule, {
  valid: publishedCases(),
  invalid: [
    {
      name: 'NCT03608150 with a percentage title over a lines unit',
      study: injected('NCT03608150', (s) => {
        const measure = s.resultsSection.outcomeMeasuresModule.outcomeMeasures[2];
        measure.title = 'Percentage of Participants Who Adhered';
        measure.paramType = 'NUMBER';
        measure.unitOfMeasure = 'participants';
      }),
      errors: [{ messageId: 'percent', pointer: `${OUTCOMES}/2/unitOfMeasure` }],
    },
    {
      name: 'NCT03608150 with a count of participants in "eyes"',
      study: injected('NCT03608150', (s) => {
        const measure = s.resultsSection.outcomeMeasuresModule.outcomeMeasures[0];
        measure.paramType = 'COUNT_OF_PARTICIPANTS';
        measure.unitOfMeasure = 'eyes';
      }),
      errors: [{ messageId: 'participants', pointer: `${OUTCOMES}/0/unitOfMeasure` }],
    },
  ],
});
