import rule from '../../../server/src/core/rules/results/dispersion-does-not-match-parameter';
import { runRuleTests } from '../ruleTester';
import { BASELINE, OUTCOMES, injected, publishedCases } from './records';

runRuleTests(rule, {
  valid: [
    ...publishedCases(),
    {
      name: 'NCT03608150 with a 95% confidence interval on a Number outcome',
      study: injected('NCT03608150', (s) => {
        const measure = s.resultsSection.outcomeMeasuresModule.outcomeMeasures[0];
        measure.paramType = 'NUMBER';
        measure.dispersionType = '95% Confidence Interval';
      }),
    },
  ],
  invalid: [
    {
      name: 'NCT03608150 with the age mean stripped of its dispersion',
      study: injected(
        'NCT03608150',
        (s) => delete s.resultsSection.baselineCharacteristicsModule.measures[0].dispersionType,
      ),
      errors: [{ messageId: 'missing', pointer: `${BASELINE}/measures/0/paramType` }],
    },
    {
      name: 'NCT03608150 with a standard deviation on a Number outcome',
      study: injected(
        'NCT03608150',
        (s) => (s.resultsSection.outcomeMeasuresModule.outcomeMeasures[0].paramType = 'NUMBER'),
      ),
      errors: [{ messageId: 'notAllowed', pointer: `${OUTCOMES}/0/dispersionType` }],
    },
  ],
});
