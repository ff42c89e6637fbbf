import rule from '../../../server/src/core/rules/results/analysis-inconsistent';
import { runRuleTests } from '../ruleTester';
import { OUTCOMES, injected, publishedCases, type Rec } from './records';

/** NCT03608150's first outcome with an analysis added, as PRS would store it. */
const withAnalysis = (analysis: Record<string, unknown>) =>
  injected('NCT03608150', (s: Rec) => {
    s.resultsSection.outcomeMeasuresModule.outcomeMeasures[0].analyses = [
      {
        groupIds: ['OG000', 'OG001'],
        statisticalMethod: 'ANCOVA',
        paramType: 'Mean Difference (Final Values)',
        ciPctValue: '95',
        ciNumSides: 'TWO_SIDED',
        ...analysis,
      },
    ];
  });

runRuleTests(rule, {
  valid: [
    ...publishedCases(),
    {
      name: 'an estimate inside its interval, p < 0.001',
      study: withAnalysis({ paramValue: '0.4', ciLowerLimit: '0.1', ciUpperLimit: '0.7', pValue: '<0.001' }),
    },
    {
      name: 'a one-sided interval without upper limit',
      study: withAnalysis({ paramValue: '0.4', ciLowerLimit: '0.1', ciNumSides: 'ONE_SIDED', pValue: '0.02' }),
    },
  ],
  invalid: [
    {
      name: 'a CI that does not contain its estimate',
      study: withAnalysis({ paramValue: '0.9', ciLowerLimit: '0.1', ciUpperLimit: '0.7' }),
      errors: [{ messageId: 'ciExcludes', pointer: `${OUTCOMES}/0/analyses/0/paramValue` }],
    },
    {
      name: 'limits in the wrong order',
      study: withAnalysis({ paramValue: '0.4', ciLowerLimit: '0.7', ciUpperLimit: '0.1' }),
      errors: [{ messageId: 'ciOrder' }],
    },
    {
      name: 'a p-value of 1.5',
      study: withAnalysis({ pValue: '1.5' }),
      errors: [{ messageId: 'pValue', pointer: `${OUTCOMES}/0/analyses/0/pValue` }],
    },
    {
      name: 'a non-inferiority test without its type',
      study: withAnalysis({ testedNonInferiority: true }),
      errors: [{ messageId: 'nonInferiorityType' }],
    },
  ],
});
