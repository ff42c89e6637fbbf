import rule from '../../../server/src/core/rules/results/unit-does-not-match-title';
import { runRuleTests } from '../ruleTester';
import { OUTCOMES, publishedCases, withOutcome } from './records';

runRuleTests(rule, {
  valid: publishedCases(),
  invalid: [
    {
      name: 'NCT03608150 with a percentage title over a lines unit',
      study: withOutcome('NCT03608150', 2, (measure) => {
        measure.title = 'Percentage of Participants Who Adhered';
        measure.paramType = 'NUMBER';
        measure.unitOfMeasure = 'participants';
      }),
      errors: [{ messageId: 'percent', pointer: `${OUTCOMES}/2/unitOfMeasure` }],
    },
    {
      name: 'NCT03608150 with a count of participants in "eyes"',
      study: withOutcome('NCT03608150', 0, (measure) => {
        measure.paramType = 'COUNT_OF_PARTICIPANTS';
        measure.unitOfMeasure = 'eyes';
      }),
      errors: [{ messageId: 'participants', pointer: `${OUTCOMES}/0/unitOfMeasure` }],
    },
  ],
});
