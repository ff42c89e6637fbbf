import rule from '../../../server/src/core/rules/results/outcome-analyzed-above-started';
import { runRuleTests } from '../ruleTester';
import { OUTCOMES, injected, publishedCases } from './records';

runRuleTests(rule, {
  valid: [
    ...publishedCases(),
    {
      name: 'NCT03608150 analyzing more than started, explained',
      study: injected('NCT03608150', (s) => {
        const measure = s.resultsSection.outcomeMeasuresModule.outcomeMeasures[0];
        measure.denoms[0].counts[0].value = '60';
        measure.populationDescription = 'Both eyes of two participants were analyzed.';
      }),
    },
  ],
  invalid: [
    {
      name: 'NCT03608150 analyzing 60 in a group 58 started',
      study: injected('NCT03608150', (s) => {
        const measure = s.resultsSection.outcomeMeasuresModule.outcomeMeasures[0];
        delete measure.populationDescription;
        measure.denoms[0].counts[0].value = '60';
      }),
      errors: [{ messageId: 'above', pointer: `${OUTCOMES}/0/denoms/0/counts/0/value` }],
    },
  ],
});
