import rule from '../../../server/src/core/rules/results/dispersion-does-not-match-parameter';
import { runRuleTests } from '../ruleTester';
import { BASELINE, OUTCOMES, publishedCases, withBaselineMeasure, withOutcome } from './records';

runRuleTests(rule, {
  valid: [
    ...publishedCases(),
    {
      name: 'NCT03608150 with a 95% confidence interval on a Number outcome',
      study: withOutcome('NCT03608150', 0, (measure) => {
        measure.paramType = 'NUMBER';
        measure.dispersionType = '95% Confidence Interval';
      }),
    },
  ],
  invalid: [
    {
      name: 'NCT03608150 with the age mean stripped of its dispersion',
      study: withBaselineMeasure('NCT03608150', 0, (measure) => delete measure.dispersionType),
      errors: [{ messageId: 'missing', pointer: `${BASELINE}/measures/0/paramType` }],
    },
    {
      name: 'NCT03608150 with a standard deviation on a Number outcome',
      study: withOutcome('NCT03608150', 0, (measure) => (measure.paramType = 'NUMBER')),
      errors: [{ messageId: 'notAllowed', pointer: `${OUTCOMES}/0/dispersionType` }],
    },
  ],
});
