/**
 * v2 enum codes ↔ the display strings the registry's upload XML holds (ProtocolRecordSchema.xsd
 * and RRSUploadSchema.xsd comments, prs-rules.md §3). Reading accepts the classic public XML's
 * spellings too ("Non-Randomized", "Both", "Phase 0"), case-insensitively.
 */

export interface CodeTable {
  /** The XSD display value of a code, or undefined when the XSD has none. */
  toXsd(code: string): string | undefined;
  /** The code of an XSD or classic display value, or undefined when unknown. */
  fromXsd(display: string): string | undefined;
}

function table(pairs: readonly (readonly [code: string, display: string, ...synonyms: string[]])[]): CodeTable {
  const toXsd = new Map<string, string>();
  const fromXsd = new Map<string, string>();
  for (const [code, display, ...synonyms] of pairs) {
    if (!toXsd.has(code)) toXsd.set(code, display);
    for (const text of [display, ...synonyms, code]) {
      const key = text.toLowerCase();
      if (!fromXsd.has(key)) fromXsd.set(key, code);
    }
  }
  return { toXsd: (code) => toXsd.get(code), fromXsd: (display) => fromXsd.get(display.trim().toLowerCase()) };
}

export const STUDY_TYPE = table([
  ['INTERVENTIONAL', 'Interventional', 'Interventional (Clinical Trial)'],
  ['OBSERVATIONAL', 'Observational', 'Observational [Patient Registry]'],
  ['EXPANDED_ACCESS', 'Expanded Access'],
]);

export const OVERALL_STATUS = table([
  ['NOT_YET_RECRUITING', 'Not yet recruiting'],
  ['RECRUITING', 'Recruiting'],
  ['ACTIVE_NOT_RECRUITING', 'Active, not recruiting'],
  ['ENROLLING_BY_INVITATION', 'Enrolling by invitation'],
  ['COMPLETED', 'Completed'],
  ['SUSPENDED', 'Suspended'],
  ['TERMINATED', 'Terminated'],
  ['WITHDRAWN', 'Withdrawn'],
  ['AVAILABLE', 'Available'],
  ['NO_LONGER_AVAILABLE', 'No longer available'],
  ['TEMPORARILY_NOT_AVAILABLE', 'Temporarily not available'],
  ['APPROVED_FOR_MARKETING', 'Approved for marketing'],
  ['WITHHELD', 'Withheld'],
  ['UNKNOWN', 'Unknown status'],
]);

/** Expanded-access statuses live in `expanded_access_status`, the others in `overall_status`. */
export const EXPANDED_ACCESS_STATUSES = new Set([
  'AVAILABLE',
  'NO_LONGER_AVAILABLE',
  'TEMPORARILY_NOT_AVAILABLE',
  'APPROVED_FOR_MARKETING',
]);
/** Statuses the registry sets itself; an upload cannot carry them. */
export const REGISTRY_SET_STATUSES = new Set(['UNKNOWN', 'WITHHELD']);

export const LOCATION_STATUS = table([
  ['NOT_YET_RECRUITING', 'Not yet recruiting'],
  ['RECRUITING', 'Recruiting'],
  ['ACTIVE_NOT_RECRUITING', 'Active, not recruiting'],
  ['ENROLLING_BY_INVITATION', 'Enrolling by invitation'],
  ['COMPLETED', 'Completed'],
  ['SUSPENDED', 'Suspended'],
  ['TERMINATED', 'Terminated'],
  ['WITHDRAWN', 'Withdrawn'],
  ['AVAILABLE', 'Available'],
]);

export const DATE_TYPE = table([
  ['ACTUAL', 'Actual'],
  ['ESTIMATED', 'Anticipated', 'Estimated', 'Estimate'],
]);

export const ALLOCATION = table([
  ['RANDOMIZED', 'Randomized'],
  ['NON_RANDOMIZED', 'Non-randomized', 'Non-Randomized'],
  ['NA', 'N/A'],
]);

export const INTERVENTION_MODEL = table([
  ['SINGLE_GROUP', 'Single Group Assignment'],
  ['PARALLEL', 'Parallel Assignment'],
  ['CROSSOVER', 'Crossover Assignment'],
  ['FACTORIAL', 'Factorial Assignment'],
  ['SEQUENTIAL', 'Sequential Assignment'],
]);

export const PRIMARY_PURPOSE = table([
  ['TREATMENT', 'Treatment'],
  ['PREVENTION', 'Prevention'],
  ['DIAGNOSTIC', 'Diagnostic'],
  ['SUPPORTIVE_CARE', 'Supportive Care'],
  ['SCREENING', 'Screening'],
  ['HEALTH_SERVICES_RESEARCH', 'Health Services Research'],
  ['BASIC_SCIENCE', 'Basic Science'],
  ['DEVICE_FEASIBILITY', 'Device Feasibility'],
  ['OTHER', 'Other'],
]);
/** Read-only: legacy purposes the classic XML carries but the upload XSD no longer lists. */
export const LEGACY_PRIMARY_PURPOSE = table([['ECT', 'Educational/Counseling/Training']]);

export const OBSERVATIONAL_MODEL = table([
  ['COHORT', 'Cohort'],
  ['CASE_CONTROL', 'Case-Control', 'Case Control'],
  ['CASE_ONLY', 'Case-Only', 'Case Only'],
  ['CASE_CROSSOVER', 'Case-Crossover', 'Case Crossover'],
  ['ECOLOGIC_OR_COMMUNITY', 'Ecologic or Community', 'Ecologic or Community Studies'],
  ['FAMILY_BASED', 'Family-Based', 'Family Based'],
  ['OTHER', 'Other'],
]);
export const LEGACY_OBSERVATIONAL_MODEL = table([
  ['DEFINED_POPULATION', 'Defined Population'],
  ['NATURAL_HISTORY', 'Natural History'],
]);

export const TIME_PERSPECTIVE = table([
  ['RETROSPECTIVE', 'Retrospective'],
  ['PROSPECTIVE', 'Prospective'],
  ['CROSS_SECTIONAL', 'Cross-Sectional', 'Cross Sectional'],
  ['OTHER', 'Other'],
]);

export const BIOSPEC_RETENTION = table([
  ['NONE_RETAINED', 'None Retained'],
  ['SAMPLES_WITH_DNA', 'Samples With DNA'],
  ['SAMPLES_WITHOUT_DNA', 'Samples Without DNA'],
]);

export const ARM_TYPE = table([
  ['EXPERIMENTAL', 'Experimental'],
  ['ACTIVE_COMPARATOR', 'Active Comparator'],
  ['PLACEBO_COMPARATOR', 'Placebo Comparator'],
  ['SHAM_COMPARATOR', 'Sham Comparator'],
  ['NO_INTERVENTION', 'No Intervention'],
  ['OTHER', 'Other'],
]);

/** Combination Product and Diagnostic Test post-date the 2018 XSD comment; PRS accepts them. */
export const INTERVENTION_TYPE = table([
  ['DRUG', 'Drug'],
  ['DEVICE', 'Device'],
  ['BIOLOGICAL', 'Biological/Vaccine', 'Biological'],
  ['PROCEDURE', 'Procedure/Surgery', 'Procedure'],
  ['RADIATION', 'Radiation'],
  ['BEHAVIORAL', 'Behavioral'],
  ['GENETIC', 'Genetic'],
  ['DIETARY_SUPPLEMENT', 'Dietary Supplement'],
  ['COMBINATION_PRODUCT', 'Combination Product'],
  ['DIAGNOSTIC_TEST', 'Diagnostic Test'],
  ['OTHER', 'Other'],
]);

/** The label v2 uses in `armGroups[].interventionNames` ("Drug: Aspirin"). */
export const INTERVENTION_NAME_PREFIX: Readonly<Record<string, string>> = {
  DRUG: 'Drug',
  DEVICE: 'Device',
  BIOLOGICAL: 'Biological',
  PROCEDURE: 'Procedure',
  RADIATION: 'Radiation',
  BEHAVIORAL: 'Behavioral',
  GENETIC: 'Genetic',
  DIETARY_SUPPLEMENT: 'Dietary Supplement',
  COMBINATION_PRODUCT: 'Combination Product',
  DIAGNOSTIC_TEST: 'Diagnostic Test',
  OTHER: 'Other',
};

export const SEX = table([
  ['ALL', 'All', 'Both'],
  ['FEMALE', 'Female'],
  ['MALE', 'Male'],
]);

export const SAMPLING_METHOD = table([
  ['PROBABILITY_SAMPLE', 'Probability Sample'],
  ['NON_PROBABILITY_SAMPLE', 'Non-Probability Sample'],
]);

export const RESPONSIBLE_PARTY_TYPE = table([
  ['SPONSOR', 'Sponsor'],
  ['PRINCIPAL_INVESTIGATOR', 'Principal Investigator'],
  ['SPONSOR_INVESTIGATOR', 'Sponsor-Investigator'],
]);

export const OFFICIAL_ROLE = table([
  ['PRINCIPAL_INVESTIGATOR', 'Principal Investigator'],
  ['STUDY_CHAIR', 'Study Chair'],
  ['STUDY_DIRECTOR', 'Study Director'],
]);

export const SITE_INVESTIGATOR_ROLE = table([
  ['PRINCIPAL_INVESTIGATOR', 'Principal Investigator'],
  ['SUB_INVESTIGATOR', 'Sub-Investigator'],
]);

export const IPD_SHARING = table([
  ['YES', 'Yes'],
  ['NO', 'No'],
  ['UNDECIDED', 'Undecided'],
]);

/** `ipdSharingStatementModule.infoTypes[]` → one yes/no element each, in the XSD's order. */
export const IPD_INFO_TYPE_ELEMENTS: readonly (readonly [code: string, element: string])[] = [
  ['STUDY_PROTOCOL', 'ipd_info_type_protocol'],
  ['SAP', 'ipd_info_type_sap'],
  ['ICF', 'ipd_info_type_icf'],
  ['CSR', 'ipd_info_type_csr'],
  ['ANALYTIC_CODE', 'ipd_info_type_analytic_code'],
];

/** `maskingInfo.whoMasked[]` → one yes/no element each, in the XSD's order. */
export const WHO_MASKED_ELEMENTS: readonly (readonly [code: string, element: string])[] = [
  ['PARTICIPANT', 'masked_subject'],
  ['CARE_PROVIDER', 'masked_caregiver'],
  ['INVESTIGATOR', 'masked_investigator'],
  ['OUTCOMES_ASSESSOR', 'masked_assessor'],
];
export const MASKING_BY_COUNT = ['NONE', 'SINGLE', 'DOUBLE', 'TRIPLE', 'QUADRUPLE'] as const;

export const SECONDARY_ID_TYPE = table([
  ['NIH', 'NIH Grant Number'],
  ['OTHER_GRANT', 'Other Grant/Funding Number'],
  ['REGISTRY', 'Registry Identifier'],
  ['CTIS', 'EU Trial (CTIS) Number'],
  ['EUDRACT_NUMBER', 'EudraCT Number'],
  ['OTHER', 'Other Identifier'],
]);
/**
 * US funder grant types the XSD has no entry for. They are written as "Other Grant/Funding
 * Number" with the funder in `id_domain`, and read back from that domain.
 */
export const US_GRANT_DOMAINS: Readonly<Record<string, string>> = {
  FDA: 'U.S. FDA Grant/Contract',
  VA: 'U.S. VA Grant/Contract',
  CDC: 'U.S. CDC Grant/Contract',
  AHRQ: 'U.S. AHRQ Grant/Contract',
  SAMHSA: 'U.S. SAMHSA Grant/Contract',
};

export const STUDY_DOCUMENT_TYPE = table([
  ['IPD', 'Individual Participant Data Set'],
  ['STUDY_PROTOCOL', 'Study Protocol'],
  ['SAP', 'Statistical Analysis Plan'],
  ['ICF', 'Informed Consent Form'],
  ['CSR', 'Clinical Study Report'],
  ['ANALYTIC_CODE', 'Analytic Code'],
  ['OTHER', 'Other'],
]);

// ---- results (RRSUploadSchema.xsd pick-lists) ----

export const MEASURE_PARAM = table([
  ['GEOMETRIC_MEAN', 'Geometric Mean'],
  ['GEOMETRIC_LEAST_SQUARES_MEAN', 'Geometric Least Squares Mean'],
  ['LEAST_SQUARES_MEAN', 'Least Squares Mean'],
  ['LOG_MEAN', 'Log Mean'],
  ['MEAN', 'Mean'],
  ['MEDIAN', 'Median'],
  ['NUMBER', 'Number'],
  ['COUNT_OF_PARTICIPANTS', 'Count of Participants'],
  ['COUNT_OF_UNITS', 'Count of Units'],
]);

export const MEASURE_DISPERSION = table([
  ['NA', 'Not Applicable'],
  ['STANDARD_DEVIATION', 'Standard Deviation'],
  ['STANDARD_ERROR', 'Standard Error'],
  ['INTER_QUARTILE_RANGE', 'Inter-Quartile Range'],
  ['FULL_RANGE', 'Full Range'],
  ['CONFIDENCE_80', '80% Confidence Interval'],
  ['CONFIDENCE_90', '90% Confidence Interval'],
  ['CONFIDENCE_95', '95% Confidence Interval'],
  ['CONFIDENCE_975', '97.5% Confidence Interval'],
  ['CONFIDENCE_99', '99% Confidence Interval'],
  ['CONFIDENCE_OTHER', 'Other Confidence Interval Level'],
  ['GEOMETRIC_COEFFICIENT', 'Geometric Coefficient of Variation'],
]);

export const OUTCOME_TYPE = table([
  ['PRIMARY', 'Primary'],
  ['SECONDARY', 'Secondary'],
  ['OTHER_PRE_SPECIFIED', 'Other Pre-specified'],
  ['POST_HOC', 'Post-Hoc'],
]);

export const REPORTING_STATUS = table([
  ['NOT_POSTED', 'Not Posted'],
  ['POSTED', 'Posted'],
]);

export const EVENT_ASSESSMENT = table([
  ['NON_SYSTEMATIC_ASSESSMENT', 'Non-systematic Assessment'],
  ['SYSTEMATIC_ASSESSMENT', 'Systematic Assessment'],
]);

export const RESTRICTION_TYPE = table([
  ['LTE60', 'LTE60'],
  ['GT60', 'GT60'],
  ['OTHER', 'OTHER'],
]);

export const ANALYSIS_DISPERSION = table([
  ['STANDARD_DEVIATION', 'Standard Deviation'],
  ['STANDARD_ERROR_OF_MEAN', 'Standard Error of the Mean'],
]);

export const CI_SIDES = table([
  ['ONE_SIDED', '1-Sided'],
  ['TWO_SIDED', '2-Sided'],
]);

export const NON_INFERIORITY_TYPE = table([
  ['SUPERIORITY', 'Superiority'],
  ['NON_INFERIORITY', 'Non-Inferiority'],
  ['EQUIVALENCE', 'Equivalence'],
  ['OTHER', 'Other'],
  ['NON_INFERIORITY_OR_EQUIVALENCE', 'Non-Inferiority or Equivalence'],
  ['SUPERIORITY_OR_OTHER', 'Superiority or Other'],
  ['NON_INFERIORITY_OR_EQUIVALENCE_LEGACY', 'Non-Inferiority or Equivalence (legacy)'],
  ['SUPERIORITY_OR_OTHER_LEGACY', 'Superiority or Other (legacy)'],
]);

export function yesNo(value: unknown): string | undefined {
  return value === true ? 'yes' : value === false ? 'no' : undefined;
}

export function fromYesNo(text: string | undefined): boolean | undefined {
  if (text === undefined) return undefined;
  const key = text.trim().toLowerCase();
  return key === 'yes' || key === 'true' ? true : key === 'no' || key === 'false' ? false : undefined;
}
