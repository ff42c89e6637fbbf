// Results-section enums of API v2 (OAS 2.0.5, ctg-oas-v2.yaml l. 2673–2760) with the labels the
// registry's results pages and the PRS data entry screens show.
import { defineEnum } from '../defineEnum';

export const MeasureParam = defineEnum('MeasureParam', 'baseline measures[].paramType, outcomeMeasures[].paramType', [
  { value: 'GEOMETRIC_MEAN', label: 'Geometric Mean' },
  { value: 'GEOMETRIC_LEAST_SQUARES_MEAN', label: 'Geometric Least Squares Mean' },
  { value: 'LEAST_SQUARES_MEAN', label: 'Least Squares Mean' },
  { value: 'LOG_MEAN', label: 'Log Mean' },
  { value: 'MEAN', label: 'Mean' },
  { value: 'MEDIAN', label: 'Median' },
  { value: 'NUMBER', label: 'Number', note: 'no dispersion in baseline; none or a confidence interval in outcomes' },
  { value: 'COUNT_OF_PARTICIPANTS', label: 'Count of Participants', note: 'the way to report counts since 2017-01-18' },
  { value: 'COUNT_OF_UNITS', label: 'Count of Units', note: 'counts of units other than participants (eyes, lesions)' },
]);

export const MeasureDispersionType = defineEnum('MeasureDispersionType', 'baseline measures[].dispersionType', [
  { value: 'NA', label: 'Not Applicable' },
  { value: 'STANDARD_DEVIATION', label: 'Standard Deviation', note: 'a spread' },
  { value: 'STANDARD_ERROR', label: 'Standard Error', note: 'a spread' },
  { value: 'INTER_QUARTILE_RANGE', label: 'Inter-Quartile Range', note: 'lower and upper limits' },
  { value: 'FULL_RANGE', label: 'Full Range', note: 'lower and upper limits' },
  { value: 'CONFIDENCE_80', label: '80% Confidence Interval', note: 'lower and upper limits' },
  { value: 'CONFIDENCE_90', label: '90% Confidence Interval', note: 'lower and upper limits' },
  { value: 'CONFIDENCE_95', label: '95% Confidence Interval', note: 'lower and upper limits' },
  { value: 'CONFIDENCE_975', label: '97.5% Confidence Interval', note: 'lower and upper limits' },
  { value: 'CONFIDENCE_99', label: '99% Confidence Interval', note: 'lower and upper limits' },
  { value: 'CONFIDENCE_OTHER', label: 'Other Confidence Interval Level', note: 'lower and upper limits' },
  { value: 'GEOMETRIC_COEFFICIENT', label: 'Geometric Coefficient of Variation', note: 'a spread' },
]);

export const OutcomeMeasureType = defineEnum('OutcomeMeasureType', 'outcomeMeasures[].type', [
  { value: 'PRIMARY', label: 'Primary' },
  { value: 'SECONDARY', label: 'Secondary' },
  { value: 'OTHER_PRE_SPECIFIED', label: 'Other Pre-specified' },
  { value: 'POST_HOC', label: 'Post-Hoc', note: 'not in the registered protocol' },
]);

export const ReportingStatus = defineEnum('ReportingStatus', 'outcomeMeasures[].reportingStatus', [
  { value: 'NOT_POSTED', label: 'Not Posted', note: 'data not yet available; give the anticipated posting date' },
  { value: 'POSTED', label: 'Posted' },
]);

export const EventAssessment = defineEnum(
  'EventAssessment',
  'seriousEvents[].assessmentType, otherEvents[].assessmentType',
  [
    { value: 'NON_SYSTEMATIC_ASSESSMENT', label: 'Non-systematic Assessment' },
    { value: 'SYSTEMATIC_ASSESSMENT', label: 'Systematic Assessment' },
  ],
);

export const AgreementRestrictionType = defineEnum(
  'AgreementRestrictionType',
  'moreInfoModule.certainAgreement.restrictionType',
  [
    {
      value: 'LTE60',
      label: 'Embargo of 60 days or less',
      note: 'the sponsor may review and embargo communications for 60 days or less',
    },
    { value: 'GT60', label: 'Embargo of more than 60 days', note: 'more than 60 days and at most 180 days' },
    { value: 'OTHER', label: 'Other disclosure agreement', note: 'described in Other Details' },
  ],
);

export const AnalysisDispersionType = defineEnum('AnalysisDispersionType', 'analyses[].dispersionType', [
  { value: 'STANDARD_DEVIATION', label: 'Standard Deviation' },
  { value: 'STANDARD_ERROR_OF_MEAN', label: 'Standard Error of the Mean' },
]);

export const ConfidenceIntervalNumSides = defineEnum('ConfidenceIntervalNumSides', 'analyses[].ciNumSides', [
  { value: 'ONE_SIDED', label: '1-Sided' },
  { value: 'TWO_SIDED', label: '2-Sided' },
]);

export const NonInferiorityType = defineEnum('NonInferiorityType', 'analyses[].nonInferiorityType', [
  { value: 'SUPERIORITY', label: 'Superiority' },
  { value: 'NON_INFERIORITY', label: 'Non-Inferiority' },
  { value: 'EQUIVALENCE', label: 'Equivalence' },
  { value: 'OTHER', label: 'Other' },
  { value: 'NON_INFERIORITY_OR_EQUIVALENCE', label: 'Non-Inferiority or Equivalence' },
  { value: 'SUPERIORITY_OR_OTHER', label: 'Superiority or Other' },
  {
    value: 'NON_INFERIORITY_OR_EQUIVALENCE_LEGACY',
    label: 'Non-Inferiority or Equivalence (legacy)',
    note: 'older records only',
  },
  { value: 'SUPERIORITY_OR_OTHER_LEGACY', label: 'Superiority or Other (legacy)', note: 'older records only' },
]);

export const RESULTS_ENUMS = {
  MeasureParam,
  MeasureDispersionType,
  OutcomeMeasureType,
  ReportingStatus,
  EventAssessment,
  AgreementRestrictionType,
  AnalysisDispersionType,
  ConfidenceIntervalNumSides,
  NonInferiorityType,
} as const;

/**
 * Outcome measures hold the dispersion as a display label, not a code (an API quirk): the labels
 * real records use, for completion and hover.
 */
export const OUTCOME_DISPERSION_LABELS: readonly string[] = MeasureDispersionType.values.map((v) => v.label);
