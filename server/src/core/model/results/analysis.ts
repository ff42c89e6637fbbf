import { bool, enumOf, list, markup, text } from '../fields';
import { optional } from '../meta';
import { AnalysisDispersionType, ConfidenceIntervalNumSides, NonInferiorityType } from './enums';

/** The fields of one statistical analysis (MeasureAnalysis, ctg-oas-v2.yaml l. 2198). */
export function analysisFields() {
  return {
    groupIds: list(
      text({ title: 'Compared Group ID', description: 'An OG… group of this outcome measure.', requirement: optional }),
      {
        title: 'Comparison Groups',
        description: 'The groups the analysis compares; each must be a group of this outcome measure.',
        requirement: optional,
        itemNoun: 'groups',
      },
    ),
    groupDescription: markup({
      title: 'Comparison Group Selection',
      description: 'Which groups are compared and why.',
      requirement: optional,
    }),
    testedNonInferiority: bool({
      title: 'Non-Inferiority or Equivalence Analysis',
      description: 'Whether the analysis is a test of non-inferiority or equivalence; then its type is required.',
      requirement: optional,
    }),
    nonInferiorityType: enumOf(NonInferiorityType, {
      title: 'Type of Statistical Test',
      description: 'Superiority, non-inferiority, equivalence, …',
      requirement: optional,
    }),
    nonInferiorityComment: markup({
      title: 'Non-Inferiority Details',
      description: 'The margin and how it was chosen.',
      requirement: optional,
    }),
    pValue: text({ title: 'P-Value', description: 'The p-value, e.g. "0.032" or "<0.001".', requirement: optional }),
    pValueComment: markup({
      title: 'P-Value Comment',
      description: 'Threshold for significance, adjustments for multiple comparisons.',
      requirement: optional,
    }),
    statisticalMethod: text({
      title: 'Statistical Method',
      description: 'The test used ("ANCOVA", "Log Rank", "Fisher Exact").',
      requirement: optional,
    }),
    statisticalComment: markup({
      title: 'Method Comment',
      description: 'Details of the method.',
      requirement: optional,
    }),
    paramType: text({
      title: 'Estimation Parameter',
      description: 'What is estimated ("Mean Difference (Final Values)", "Hazard Ratio (HR)").',
      requirement: optional,
    }),
    paramValue: text({ title: 'Estimated Value', description: 'The estimate, a number.', requirement: optional }),
    ciPctValue: text({
      title: 'Confidence Interval Level',
      description: 'The level in percent, e.g. "95".',
      requirement: optional,
    }),
    ciNumSides: enumOf(ConfidenceIntervalNumSides, {
      title: 'Confidence Interval Sides',
      description: '1-sided or 2-sided.',
      requirement: optional,
    }),
    ciLowerLimit: text({
      title: 'CI Lower Limit',
      description: 'Lower limit of the confidence interval; at most the estimate.',
      requirement: optional,
    }),
    ciUpperLimit: text({
      title: 'CI Upper Limit',
      description: 'Upper limit of the confidence interval; at least the estimate.',
      requirement: optional,
    }),
    ciLowerLimitComment: markup({
      title: 'CI Lower Limit Comment',
      description: 'Why the lower limit is not available.',
      requirement: optional,
    }),
    ciUpperLimitComment: markup({
      title: 'CI Upper Limit Comment',
      description: 'Why the upper limit is not available.',
      requirement: optional,
    }),
    dispersionType: enumOf(AnalysisDispersionType, {
      title: 'Parameter Dispersion Type',
      description: 'How the estimate varies.',
      requirement: optional,
    }),
    dispersionValue: text({
      title: 'Dispersion Value',
      description: 'The standard deviation or standard error of the estimate.',
      requirement: optional,
    }),
    estimateComment: markup({
      title: 'Estimation Comment',
      description: 'The direction of the comparison and other details.',
      requirement: optional,
    }),
    otherAnalysisDescription: markup({
      title: 'Other Statistical Analysis',
      description: 'An analysis described in text only.',
      requirement: optional,
    }),
  };
}
