import { numberOf, outcomeMeasures } from '../../results';
import { asArray, asObject, asString } from '../../model/read';
import { defineRule } from '../defineRule';

export default defineRule({
  id: 'results/analysis-inconsistent',
  description:
    "A statistical analysis's confidence interval contains its estimate, " +
    'its p-value lies in [0, 1], and a non-inferiority test names its type.',
  severity: 'error',
  catalogue: [],
  tier: 'official',
  messages: {
    ciOrder: 'The confidence interval runs from {lower} to {upper}: the lower limit is above the upper limit.',
    ciExcludes:
      'The estimate {estimate} lies outside its confidence interval ' +
      '[{lower}, {upper}]. Check the estimate and the limits.',
    pValue: 'P-value {pValue} is not between 0 and 1.',
    nonInferiorityType:
      'The analysis is marked as a non-inferiority or equivalence ' +
      'test but has no Type of Statistical Test. Choose one.',
  },
  docs: {
    details:
      'Registry reviewers flag analyses that "appear inconsistent with the outcome data". A ' +
      'two-sided confidence interval contains the estimate it belongs to (a one-sided interval ' +
      'is checked on its given limit only), a p-value written as a number is a probability, ' +
      'and an analysis that tested non-inferiority or equivalence says which test it was.',
    wrong: `resultsSection:
  outcomeMeasuresModule:
    outcomeMeasures:
      - type: PRIMARY
        title: Change in HbA1c
        analyses:
          - { paramType: Mean Difference (Final Values), paramValue: "-0.5", ciPctValue: "95", ciNumSides: TWO_SIDED, \
ciLowerLimit: "0.1", ciUpperLimit: "0.9" }
`,
    right: `resultsSection:
  outcomeMeasuresModule:
    outcomeMeasures:
      - type: PRIMARY
        title: Change in HbA1c
        analyses:
          - { paramType: Mean Difference (Final Values), paramValue: "-0.5", ciPctValue: "95", ciNumSides: TWO_SIDED, \
ciLowerLimit: "-0.9", ciUpperLimit: "-0.1" }
`,
  },
  check(context) {
    for (const measure of outcomeMeasures(context.study)) {
      asArray(measure.object.analyses).forEach((raw, index) => {
        const analysis = asObject(raw);
        if (!analysis) return;
        const pointer = `${measure.pointer}/analyses/${index}`;
        const estimate = numberOf(analysis.paramValue);
        const lower = numberOf(analysis.ciLowerLimit);
        const upper = numberOf(analysis.ciUpperLimit);
        if (lower !== undefined && upper !== undefined && lower > upper) {
          context.report({ messageId: 'ciOrder', pointer: `${pointer}/ciLowerLimit`, data: { lower, upper } });
        } else if (
          estimate !== undefined &&
          ((lower !== undefined && estimate < lower) || (upper !== undefined && estimate > upper))
        ) {
          const data = { estimate, lower: lower ?? '…', upper: upper ?? '…' };
          context.report({ messageId: 'ciExcludes', pointer: `${pointer}/paramValue`, data });
        }
        const pValue = asString(analysis.pValue);
        const p = numberOf(pValue?.replace(/^\s*=\s*/, ''));
        if (pValue !== undefined && p !== undefined && (p < 0 || p > 1))
          context.report({ messageId: 'pValue', pointer: `${pointer}/pValue`, data: { pValue } });
        if (analysis.testedNonInferiority === true && asString(analysis.nonInferiorityType) === undefined) {
          context.report({ messageId: 'nonInferiorityType', pointer: `${pointer}/testedNonInferiority` });
        }
      });
    }
  },
});
