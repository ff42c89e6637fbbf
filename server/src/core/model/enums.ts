// Generated from ctgov-data-model.md §14 (OAS 2.0.5) by hand-run script; labels are the registry's display labels.
import { defineEnum, type EnumValueInfo } from './defineEnum';
import { RESULTS_ENUMS } from './results/enums';

export type { EnumValueInfo } from './defineEnum';

export const StudyType = defineEnum('StudyType', 'designModule.studyType', [
  { value: 'EXPANDED_ACCESS', label: 'Expanded Access' },
  {
    value: 'INTERVENTIONAL',
    label: 'Interventional',
    note: 'rendered "Interventional (Clinical Trial)" in some views',
  },
  { value: 'OBSERVATIONAL', label: 'Observational', note: 'patient registries: "Observational [Patient Registry]"' },
]);

export const Status = defineEnum('Status', 'statusModule.overallStatus, statusModule.lastKnownStatus', [
  { value: 'ACTIVE_NOT_RECRUITING', label: 'Active, not recruiting', note: 'INT/OBS' },
  { value: 'COMPLETED', label: 'Completed', note: 'INT/OBS' },
  { value: 'ENROLLING_BY_INVITATION', label: 'Enrolling by invitation', note: 'INT/OBS' },
  { value: 'NOT_YET_RECRUITING', label: 'Not yet recruiting', note: 'INT/OBS' },
  { value: 'RECRUITING', label: 'Recruiting', note: 'INT/OBS' },
  { value: 'SUSPENDED', label: 'Suspended', note: 'INT/OBS' },
  { value: 'TERMINATED', label: 'Terminated', note: 'INT/OBS' },
  { value: 'WITHDRAWN', label: 'Withdrawn', note: 'INT/OBS' },
  { value: 'AVAILABLE', label: 'Available', note: 'EA' },
  { value: 'NO_LONGER_AVAILABLE', label: 'No longer available', note: 'EA' },
  { value: 'TEMPORARILY_NOT_AVAILABLE', label: 'Temporarily not available', note: 'EA' },
  { value: 'APPROVED_FOR_MARKETING', label: 'Approved for marketing', note: 'EA' },
  { value: 'WITHHELD', label: 'Withheld', note: 'registry-set (not authored)' },
  {
    value: 'UNKNOWN',
    label: 'Unknown status',
    note:
      'registry-set: "last known status" was RECRUITING/NOT_YET_RECRUITING/ACTIVE_NOT_RECRUITING, ' +
      'the completion date passed and the record was not verified in 2 years',
  },
]);

export const RecruitmentStatus = defineEnum('RecruitmentStatus', 'locations[].status', [
  { value: 'ACTIVE_NOT_RECRUITING', label: 'Active, not recruiting' },
  { value: 'COMPLETED', label: 'Completed' },
  { value: 'ENROLLING_BY_INVITATION', label: 'Enrolling by invitation' },
  { value: 'NOT_YET_RECRUITING', label: 'Not yet recruiting' },
  { value: 'RECRUITING', label: 'Recruiting' },
  { value: 'SUSPENDED', label: 'Suspended' },
  { value: 'TERMINATED', label: 'Terminated' },
  { value: 'WITHDRAWN', label: 'Withdrawn' },
  { value: 'AVAILABLE', label: 'Available', note: 'EA site' },
]);

export const ExpandedAccessStatus = defineEnum(
  'ExpandedAccessStatus',
  'statusModule.expandedAccessInfo.statusForNctId',
  [
    { value: 'AVAILABLE', label: 'Available' },
    { value: 'NO_LONGER_AVAILABLE', label: 'No longer available' },
    { value: 'TEMPORARILY_NOT_AVAILABLE', label: 'Temporarily not available' },
    { value: 'APPROVED_FOR_MARKETING', label: 'Approved for marketing' },
  ],
);

export const DateType = defineEnum('DateType', '*DateStruct.type', [
  { value: 'ACTUAL', label: 'Actual' },
  { value: 'ESTIMATED', label: 'Estimated', note: 'PRS and XSD: "Anticipated"' },
]);

export const EnrollmentType = defineEnum('EnrollmentType', 'designModule.enrollmentInfo.type', [
  { value: 'ACTUAL', label: 'Actual' },
  { value: 'ESTIMATED', label: 'Estimated', note: 'PRS: "Anticipated"' },
]);

export const Phase = defineEnum('Phase', 'designModule.phases[]', [
  { value: 'NA', label: 'Not Applicable', note: 'PRS "N/A"' },
  { value: 'EARLY_PHASE1', label: 'Early Phase 1', note: 'formerly "Phase 0"' },
  { value: 'PHASE1', label: 'Phase 1' },
  { value: 'PHASE2', label: 'Phase 2' },
  { value: 'PHASE3', label: 'Phase 3' },
  { value: 'PHASE4', label: 'Phase 4' },
]);

export const DesignAllocation = defineEnum('DesignAllocation', 'designInfo.allocation', [
  { value: 'RANDOMIZED', label: 'Randomized' },
  { value: 'NON_RANDOMIZED', label: 'Non-Randomized', note: 'PRS/XSD "Non-randomized"' },
  { value: 'NA', label: 'N/A', note: 'single-arm studies' },
]);

export const InterventionalAssignment = defineEnum('InterventionalAssignment', 'designInfo.interventionModel', [
  { value: 'SINGLE_GROUP', label: 'Single Group Assignment' },
  { value: 'PARALLEL', label: 'Parallel Assignment' },
  { value: 'CROSSOVER', label: 'Crossover Assignment' },
  { value: 'FACTORIAL', label: 'Factorial Assignment' },
  { value: 'SEQUENTIAL', label: 'Sequential Assignment' },
]);

export const PrimaryPurpose = defineEnum('PrimaryPurpose', 'designInfo.primaryPurpose', [
  { value: 'TREATMENT', label: 'Treatment' },
  { value: 'PREVENTION', label: 'Prevention' },
  { value: 'DIAGNOSTIC', label: 'Diagnostic' },
  {
    value: 'ECT',
    label: 'Educational/Counseling/Training',
    note: 'legacy value: absent from the current XSD `interventional_subtype` list, so not offered for new entries',
  },
  { value: 'SUPPORTIVE_CARE', label: 'Supportive Care' },
  { value: 'SCREENING', label: 'Screening' },
  { value: 'HEALTH_SERVICES_RESEARCH', label: 'Health Services Research' },
  { value: 'BASIC_SCIENCE', label: 'Basic Science' },
  { value: 'DEVICE_FEASIBILITY', label: 'Device Feasibility' },
  { value: 'OTHER', label: 'Other' },
]);

export const DesignMasking = defineEnum('DesignMasking', 'designInfo.maskingInfo.masking', [
  { value: 'NONE', label: 'None', note: 'Open Label 0' },
  { value: 'SINGLE', label: 'Single', note: '1' },
  { value: 'DOUBLE', label: 'Double', note: '2' },
  { value: 'TRIPLE', label: 'Triple', note: '3' },
  { value: 'QUADRUPLE', label: 'Quadruple', note: '4' },
]);

export const WhoMasked = defineEnum('WhoMasked', 'designInfo.maskingInfo.whoMasked[]', [
  { value: 'PARTICIPANT', label: 'Participant', note: '`masked_subject`' },
  { value: 'CARE_PROVIDER', label: 'Care Provider', note: '`masked_caregiver`' },
  { value: 'INVESTIGATOR', label: 'Investigator', note: '`masked_investigator`' },
  { value: 'OUTCOMES_ASSESSOR', label: 'Outcomes Assessor', note: '`masked_assessor`' },
]);

export const ObservationalModel = defineEnum('ObservationalModel', 'designInfo.observationalModel', [
  { value: 'COHORT', label: 'Cohort' },
  { value: 'CASE_CONTROL', label: 'Case-Control' },
  { value: 'CASE_ONLY', label: 'Case-Only' },
  { value: 'CASE_CROSSOVER', label: 'Case-Crossover' },
  { value: 'ECOLOGIC_OR_COMMUNITY', label: 'Ecologic or Community', note: 'PRS "Ecologic or Community Studies"' },
  { value: 'FAMILY_BASED', label: 'Family-Based' },
  {
    value: 'DEFINED_POPULATION',
    label: 'Defined Population',
    note: 'legacy: absent from the current XSD `observational_study_design` list',
  },
  { value: 'NATURAL_HISTORY', label: 'Natural History', note: 'legacy: absent from the current XSD list' },
  { value: 'OTHER', label: 'Other' },
]);

export const DesignTimePerspective = defineEnum('DesignTimePerspective', 'designInfo.timePerspective', [
  { value: 'RETROSPECTIVE', label: 'Retrospective' },
  { value: 'PROSPECTIVE', label: 'Prospective' },
  { value: 'CROSS_SECTIONAL', label: 'Cross-Sectional' },
  { value: 'OTHER', label: 'Other' },
]);

export const BioSpecRetention = defineEnum('BioSpecRetention', 'bioSpec.retention', [
  { value: 'NONE_RETAINED', label: 'None Retained' },
  { value: 'SAMPLES_WITH_DNA', label: 'Samples With DNA' },
  { value: 'SAMPLES_WITHOUT_DNA', label: 'Samples Without DNA' },
]);

export const ArmGroupType = defineEnum('ArmGroupType', 'armGroups[].type', [
  { value: 'EXPERIMENTAL', label: 'Experimental' },
  { value: 'ACTIVE_COMPARATOR', label: 'Active Comparator' },
  { value: 'PLACEBO_COMPARATOR', label: 'Placebo Comparator' },
  { value: 'SHAM_COMPARATOR', label: 'Sham Comparator' },
  { value: 'NO_INTERVENTION', label: 'No Intervention' },
  { value: 'OTHER', label: 'Other' },
]);

export const InterventionType = defineEnum('InterventionType', 'interventions[].type', [
  { value: 'BEHAVIORAL', label: 'Behavioral', note: 'Behavioral' },
  { value: 'BIOLOGICAL', label: 'Biological', note: 'Biological/Vaccine' },
  { value: 'COMBINATION_PRODUCT', label: 'Combination Product', note: 'Combination Product' },
  { value: 'DEVICE', label: 'Device', note: 'Device' },
  { value: 'DIAGNOSTIC_TEST', label: 'Diagnostic Test', note: 'Diagnostic Test' },
  { value: 'DIETARY_SUPPLEMENT', label: 'Dietary Supplement', note: 'Dietary Supplement' },
  { value: 'DRUG', label: 'Drug', note: 'Drug' },
  { value: 'GENETIC', label: 'Genetic', note: 'Genetic' },
  { value: 'PROCEDURE', label: 'Procedure', note: 'Procedure/Surgery' },
  { value: 'RADIATION', label: 'Radiation', note: 'Radiation' },
  { value: 'OTHER', label: 'Other', note: 'Other' },
]);

export const Sex = defineEnum('Sex', 'eligibilityModule.sex', [
  { value: 'FEMALE', label: 'Female' },
  { value: 'MALE', label: 'Male' },
  { value: 'ALL', label: 'All', note: 'legacy "Both"' },
]);

export const StandardAge = defineEnum('StandardAge', 'eligibilityModule.stdAges[] (derived)', [
  { value: 'CHILD', label: 'Child', note: 'birth – 17 years' },
  { value: 'ADULT', label: 'Adult', note: '18 – 64 years' },
  { value: 'OLDER_ADULT', label: 'Older Adult', note: '65 years and older' },
]);

export const SamplingMethod = defineEnum('SamplingMethod', 'eligibilityModule.samplingMethod', [
  { value: 'PROBABILITY_SAMPLE', label: 'Probability Sample' },
  { value: 'NON_PROBABILITY_SAMPLE', label: 'Non-Probability Sample' },
]);

export const ResponsiblePartyType = defineEnum('ResponsiblePartyType', 'responsibleParty.type', [
  { value: 'SPONSOR', label: 'Sponsor' },
  { value: 'PRINCIPAL_INVESTIGATOR', label: 'Principal Investigator' },
  { value: 'SPONSOR_INVESTIGATOR', label: 'Sponsor-Investigator' },
]);

export const AgencyClass = defineEnum(
  'AgencyClass',
  'leadSponsor.class, collaborators[].class, organization.class (derived)',
  [
    { value: 'NIH', label: 'NIH' },
    { value: 'FED', label: 'U.S. Federal agency other than NIH', note: '"U.S. Fed"' },
    { value: 'OTHER_GOV', label: 'Other government', note: 'non-U.S. or state/local' },
    { value: 'INDIV', label: 'Individual' },
    { value: 'INDUSTRY', label: 'Industry' },
    { value: 'NETWORK', label: 'Network' },
    { value: 'AMBIG', label: 'Ambiguous' },
    { value: 'OTHER', label: 'Other', note: 'universities, hospitals, non-profits' },
    { value: 'UNKNOWN', label: 'Unknown' },
  ],
);

export const ContactRole = defineEnum('ContactRole', 'centralContacts[].role, locations[].contacts[].role', [
  { value: 'STUDY_CHAIR', label: 'Study Chair' },
  { value: 'STUDY_DIRECTOR', label: 'Study Director' },
  { value: 'PRINCIPAL_INVESTIGATOR', label: 'Principal Investigator' },
  { value: 'SUB_INVESTIGATOR', label: 'Sub-Investigator' },
  { value: 'CONTACT', label: 'Contact' },
]);

export const OfficialRole = defineEnum('OfficialRole', 'overallOfficials[].role', [
  { value: 'STUDY_CHAIR', label: 'Study Chair' },
  { value: 'STUDY_DIRECTOR', label: 'Study Director' },
  { value: 'PRINCIPAL_INVESTIGATOR', label: 'Principal Investigator' },
  { value: 'SUB_INVESTIGATOR', label: 'Sub-Investigator' },
]);

export const ReferenceType = defineEnum('ReferenceType', 'references[].type', [
  { value: 'BACKGROUND', label: 'background', note: 'PRS "Results Reference: No"' },
  { value: 'RESULT', label: 'result', note: 'PRS "Results Reference: Yes"' },
  { value: 'DERIVED', label: 'derived', note: 'registry-linked from PubMed via the NCT id' },
]);

export const IpdSharing = defineEnum('IpdSharing', 'ipdSharingStatementModule.ipdSharing', [
  { value: 'YES', label: 'Yes' },
  { value: 'NO', label: 'No' },
  { value: 'UNDECIDED', label: 'Undecided' },
]);

export const IpdSharingInfoType = defineEnum('IpdSharingInfoType', 'ipdSharingStatementModule.infoTypes[]', [
  { value: 'STUDY_PROTOCOL', label: 'Study Protocol', note: '`ipd_info_type_protocol`' },
  { value: 'SAP', label: 'Statistical Analysis Plan (SAP)', note: '`ipd_info_type_sap`' },
  { value: 'ICF', label: 'Informed Consent Form (ICF)', note: '`ipd_info_type_icf`' },
  { value: 'CSR', label: 'Clinical Study Report (CSR)', note: '`ipd_info_type_csr`' },
  { value: 'ANALYTIC_CODE', label: 'Analytic Code', note: '`ipd_info_type_analytic_code`' },
]);

export const SecondaryIdType = defineEnum('SecondaryIdType', 'secondaryIdInfos[].type', [
  { value: 'NIH', label: 'U.S. NIH Grant/Contract', note: 'no' },
  { value: 'FDA', label: 'U.S. FDA Grant/Contract', note: 'no' },
  { value: 'VA', label: 'U.S. VA Grant/Contract', note: 'no' },
  { value: 'CDC', label: 'U.S. CDC Grant/Contract', note: 'no' },
  { value: 'AHRQ', label: 'U.S. AHRQ Grant/Contract', note: 'no' },
  { value: 'SAMHSA', label: 'U.S. SAMHSA Grant/Contract', note: 'no' },
  { value: 'OTHER_GRANT', label: 'Other Grant/Funding Number', note: 'yes: funder name' },
  { value: 'EUDRACT_NUMBER', label: 'EudraCT Number', note: 'no' },
  { value: 'CTIS', label: 'EU Trial (CTIS) Number', note: 'no (new in OAS 2.0.5)' },
  { value: 'REGISTRY', label: 'Registry Identifier', note: 'yes: registry name' },
  { value: 'OTHER', label: 'Other Identifier', note: 'yes: description' },
]);

export const OrgStudyIdType = defineEnum('OrgStudyIdType', 'orgStudyIdInfo.type', [
  { value: 'NIH', label: 'U.S. NIH Grant/Contract' },
  { value: 'FDA', label: 'U.S. FDA Grant/Contract' },
  { value: 'VA', label: 'U.S. VA Grant/Contract' },
  { value: 'CDC', label: 'U.S. CDC Grant/Contract' },
  { value: 'AHRQ', label: 'U.S. AHRQ Grant/Contract' },
  { value: 'SAMHSA', label: 'U.S. SAMHSA Grant/Contract' },
]);

export const ENUMS = {
  StudyType,
  Status,
  RecruitmentStatus,
  ExpandedAccessStatus,
  DateType,
  EnrollmentType,
  Phase,
  DesignAllocation,
  InterventionalAssignment,
  PrimaryPurpose,
  DesignMasking,
  WhoMasked,
  ObservationalModel,
  DesignTimePerspective,
  BioSpecRetention,
  ArmGroupType,
  InterventionType,
  Sex,
  StandardAge,
  SamplingMethod,
  ResponsiblePartyType,
  AgencyClass,
  ContactRole,
  OfficialRole,
  ReferenceType,
  IpdSharing,
  IpdSharingInfoType,
  OrgStudyIdType,
  SecondaryIdType,
  ...RESULTS_ENUMS,
} as const;

export type EnumName = keyof typeof ENUMS;

/** The registry label of an enum code, or the code itself when unknown. */
export function enumLabel(name: EnumName, code: string): string {
  const found = (ENUMS[name].values as readonly EnumValueInfo[]).find((v) => v.value === code);
  return found ? found.label : code;
}
