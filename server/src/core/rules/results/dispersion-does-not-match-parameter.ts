import { baselineMeasures, outcomeMeasures, type MeasureEntry } from '../../results';
import { asString } from '../../model/read';
import { enumLabel } from '../../model';
import { defineRule } from '../defineRule';
import { isFinalRuleResults } from './final-rule-item-missing';

const CONTINUOUS = new Set([
  'MEAN',
  'MEDIAN',
  'LEAST_SQUARES_MEAN',
  'GEOMETRIC_MEAN',
  'GEOMETRIC_LEAST_SQUARES_MEAN',
  'LOG_MEAN',
]);

/** Baseline writes codes, outcomes write labels: both forms of "none" and of a confidence interval. */
const isNone = (dispersion: string | undefined) =>
  dispersion === undefined || /^(NA|Not Applicable)$/i.test(dispersion.trim());
const isConfidenceInterval = (dispersion: string) => /^CONFIDENCE_|confidence interval/i.test(dispersion);

export default defineRule({
  id: 'results/dispersion-does-not-match-parameter',
  description:
    'Means and medians carry a measure of dispersion; a Number carries none (or, in outcomes, a confidence interval).',
  severity: 'error',
  catalogue: [],
  tier: 'official',
  messages: {
    missing:
      '"{title}" reports a {param} without a measure of dispersion. Add ' +
      'one (Standard Deviation, Inter-Quartile Range, …) with its values.',
    notAllowed: '"{title}" reports a Number, which takes {allowed}; found "{dispersion}".',
  },
  docs: {
    details:
      'Continuous data (mean, median, least squares mean, geometric mean, log mean) need a measure of dispersion ' +
      '— registry reviewers return results where "a measure of dispersion appears missing for continuous ' +
      'data". A Number parameter has no dispersion in the baseline, and none or a confidence interval in ' +
      'outcome measures; older records (primary completion before 2017-01-18) are not checked for this.',
    wrong: `resultsSection:
  baselineCharacteristicsModule:
    measures:
      - { title: "Age, Continuous", paramType: MEAN, unitOfMeasure: years }
`,
    right: `resultsSection:
  baselineCharacteristicsModule:
    measures:
      - { title: "Age, Continuous", paramType: MEAN, dispersionType: STANDARD_DEVIATION, unitOfMeasure: years }
`,
  },
  check(context) {
    const check = (measure: MeasureEntry) => {
      const param = measure.paramType;
      if (!param) return;
      const dispersion = asString(measure.object.dispersionType);
      const title = measure.title ?? 'Measure';
      if (CONTINUOUS.has(param) && isNone(dispersion)) {
        const pointer = dispersion === undefined ? `${measure.pointer}/paramType` : `${measure.pointer}/dispersionType`;
        context.report({
          messageId: 'missing',
          pointer,
          data: { title, param: enumLabel('MeasureParam', param).toLowerCase() },
        });
      } else if (
        param === 'NUMBER' &&
        isFinalRuleResults(context.study) &&
        !isNone(dispersion) &&
        !(measure.kind === 'outcome' && isConfidenceInterval(dispersion!))
      ) {
        const allowed = measure.kind === 'outcome' ? 'no dispersion or a confidence interval' : 'no dispersion';
        context.report({
          messageId: 'notAllowed',
          pointer: `${measure.pointer}/dispersionType`,
          data: { title, allowed, dispersion: dispersion! },
        });
      }
    };
    baselineMeasures(context.study).forEach(check);
    outcomeMeasures(context.study).forEach(check);
  },
});
