/**
 * New-record templates: a YAML record as a VS Code/LSP snippet, one per study type. Every
 * field the registry requires for a new record is there; what only the author knows is a
 * placeholder (`${n:hint}`, or `${n|A,B|}` for a choice of registry codes), the rest holds
 * defaults that agree with each other (one arm → single group, no allocation, open label).
 * Once the placeholders are filled in, the record checks with no errors and no warnings.
 */

import { parse } from 'yaml';

export type NewRecordStudyType = 'INTERVENTIONAL' | 'OBSERVATIONAL' | 'EXPANDED_ACCESS';

export const NEW_RECORD_STUDY_TYPES: readonly NewRecordStudyType[] = [
  'INTERVENTIONAL',
  'OBSERVATIONAL',
  'EXPANDED_ACCESS',
];

const ORGANIZATION_CLASSES = ['OTHER', 'INDUSTRY', 'NIH', 'FED', 'OTHER_GOV', 'NETWORK', 'INDIV', 'UNKNOWN'];
const DRUG_PHASES = ['PHASE1', 'PHASE2', 'PHASE3', 'PHASE4', 'EARLY_PHASE1'];
const OBSERVATIONAL_MODELS = [
  'COHORT',
  'CASE_CONTROL',
  'CASE_ONLY',
  'CASE_CROSSOVER',
  'ECOLOGIC_OR_COMMUNITY',
  'FAMILY_BASED',
  'OTHER',
];

/** `YYYY-MM` of `today` moved by `months`. */
function month(today: string, months: number): string {
  const [year, monthOfYear] = today.split('-').map(Number);
  const index = year * 12 + (monthOfYear - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const choice = (index: number, values: readonly string[]) => `\${${index}|${values.join(',')}|}`;

/** Identification, status, sponsor: the same for every study type (placeholders 1–5). */
function header(today: string, overallStatus: string, dates: boolean): string[] {
  return [
    'protocolSection:',
    '  identificationModule:',
    '    orgStudyIdInfo:',
    "      id: ${1:Your organization's study ID}",
    '    organization:',
    '      fullName: ${2:Organization name}',
    `      class: ${choice(3, ORGANIZATION_CLASSES)}`,
    '    briefTitle: ${4:Brief title in plain language}',
    '    officialTitle: ${5:Official scientific title}',
    '  statusModule:',
    `    statusVerifiedDate: ${month(today, 0)}`,
    `    overallStatus: ${overallStatus}`,
    ...(dates
      ? [
          '    startDateStruct:',
          `      date: ${month(today, 2)}`,
          '      type: ESTIMATED',
          '    primaryCompletionDateStruct:',
          `      date: ${month(today, 26)}`,
          '      type: ESTIMATED',
          '    completionDateStruct:',
          `      date: ${month(today, 32)}`,
          '      type: ESTIMATED',
        ]
      : []),
    '  sponsorCollaboratorsModule:',
    '    responsibleParty:',
    '      type: SPONSOR',
    '    leadSponsor:',
    '      name: ${2}',
    '      class: ${3}',
  ];
}

function summaryAndConditions(): string[] {
  return [
    '  descriptionModule:',
    '    briefSummary: ${6:What the study is about, in a few plain sentences}',
    '  conditionsModule:',
    '    conditions:',
    '      - ${7:Condition studied}',
  ];
}

function eligibility(extra: readonly string[]): string[] {
  return [
    '  eligibilityModule:',
    '    eligibilityCriteria: |-',
    '      Inclusion Criteria:',
    '',
    '      * ${20:Inclusion criterion}',
    '',
    '      Exclusion Criteria:',
    '',
    '      * ${21:Exclusion criterion}',
    ...extra,
    '    sex: ALL',
    '    minimumAge: 18 Years',
    '    stdAges:',
    '      - ADULT',
    '      - OLDER_ADULT',
  ];
}

function officials(): string[] {
  return [
    '  contactsLocationsModule:',
    '    centralContacts:',
    '      - name: ${30:Contact name}',
    '        role: CONTACT',
    '        phone: ${31:Contact phone}',
    '        email: ${32:Contact email}',
    '    overallOfficials:',
    "      - name: ${33:Principal investigator's name}",
    '        affiliation: ${2}',
    '        role: PRINCIPAL_INVESTIGATOR',
  ];
}

function primaryOutcome(): string[] {
  return [
    '  outcomesModule:',
    '    primaryOutcomes:',
    '      - measure: ${14:Primary outcome measure}',
    '        timeFrame: ${15:When it is measured}',
  ];
}

function ipdSharing(): string[] {
  return ['  ipdSharingStatementModule:', `    ipdSharing: ${choice(40, ['NO', 'UNDECIDED', 'YES'])}`];
}

function interventional(today: string): string[] {
  return [
    ...header(today, 'NOT_YET_RECRUITING', true),
    '  oversightModule:',
    '    oversightHasDmc: false',
    '    isFdaRegulatedDrug: false',
    '    isFdaRegulatedDevice: false',
    ...summaryAndConditions(),
    '  designModule:',
    '    studyType: INTERVENTIONAL',
    '    phases:',
    `      - ${choice(8, DRUG_PHASES)}`,
    '    designInfo:',
    '      allocation: NA',
    '      interventionModel: SINGLE_GROUP',
    '      primaryPurpose: TREATMENT',
    '      maskingInfo:',
    '        masking: NONE',
    '    enrollmentInfo:',
    '      count: ${9:100}',
    '      type: ESTIMATED',
    '  armsInterventionsModule:',
    '    armGroups:',
    '      - label: ${10:Arm label}',
    '        type: EXPERIMENTAL',
    '        description: ${11:What participants in this arm receive}',
    '        interventionNames:',
    '          - "Drug: ${12:Intervention name}"',
    '    interventions:',
    '      - type: DRUG',
    '        name: ${12}',
    '        description: ${13:Dose, schedule and duration}',
    '        armGroupLabels:',
    '          - ${10}',
    ...primaryOutcome(),
    ...eligibility(['    healthyVolunteers: false']),
    ...officials(),
    ...ipdSharing(),
  ];
}

function observational(today: string): string[] {
  return [
    ...header(today, 'NOT_YET_RECRUITING', true),
    '  oversightModule:',
    '    oversightHasDmc: false',
    ...summaryAndConditions(),
    '  designModule:',
    '    studyType: OBSERVATIONAL',
    '    patientRegistry: false',
    '    designInfo:',
    `      observationalModel: ${choice(8, OBSERVATIONAL_MODELS)}`,
    `      timePerspective: ${choice(16, ['PROSPECTIVE', 'RETROSPECTIVE', 'CROSS_SECTIONAL', 'OTHER'])}`,
    '    bioSpec:',
    '      retention: NONE_RETAINED',
    '    enrollmentInfo:',
    '      count: ${9:100}',
    '      type: ESTIMATED',
    '  armsInterventionsModule:',
    '    armGroups:',
    '      - label: ${10:Group or cohort label}',
    '        description: ${11:Who is in this group}',
    ...primaryOutcome(),
    ...eligibility([
      '    healthyVolunteers: false',
      '    studyPopulation: ${22:Who the study population is and where it comes from}',
      `    samplingMethod: ${choice(23, ['NON_PROBABILITY_SAMPLE', 'PROBABILITY_SAMPLE'])}`,
    ]),
    ...officials(),
    ...ipdSharing(),
  ];
}

function expandedAccess(today: string): string[] {
  return [
    ...header(today, 'AVAILABLE', false),
    '  oversightModule:',
    '    isFdaRegulatedDrug: false',
    '    isFdaRegulatedDevice: false',
    ...summaryAndConditions(),
    '  designModule:',
    '    studyType: EXPANDED_ACCESS',
    '    expandedAccessTypes:',
    '      individual: true',
    '  armsInterventionsModule:',
    '    interventions:',
    '      - type: DRUG',
    '        name: ${12:Drug name}',
    '        description: ${13:The drug and how it is given}',
    ...eligibility([]),
    ...officials(),
  ];
}

const BUILDERS: Record<NewRecordStudyType, (today: string) => string[]> = {
  INTERVENTIONAL: interventional,
  OBSERVATIONAL: observational,
  EXPANDED_ACCESS: expandedAccess,
};

/** The new record as a snippet (LSP/VS Code snippet syntax), dates relative to `today` (`YYYY-MM-DD`). */
export function newRecordSnippet(studyType: NewRecordStudyType, today: string): string {
  return BUILDERS[studyType](today).join('\n') + '\n';
}

/** The hints of the text placeholders (`${n:hint}`) of every template, minus plain numbers. */
export const NEW_RECORD_HINTS: ReadonlySet<string> = new Set(
  NEW_RECORD_STUDY_TYPES.flatMap((studyType) =>
    [...newRecordSnippet(studyType, '2000-01-01').matchAll(/\$\{\d+:([^}]+)\}/g)].map((match) => match[1]),
  ).filter((hint) => !/^\d+$/.test(hint)),
);

/**
 * The same template as JSON (for `*.trial.json`), indented with `unit`: the YAML template read with
 * its placeholders swapped for markers, written as JSON, and the placeholders put back (numbers
 * unquoted).
 */
export function newRecordJsonSnippet(studyType: NewRecordStudyType, today: string, unit: string): string {
  const placeholders: string[] = [];
  const marked = newRecordSnippet(studyType, today).replace(/\$\{\d+(?::[^}]*|\|[^}]*\|)?\}/g, (placeholder) => {
    placeholders.push(placeholder);
    return `TRSTOP${placeholders.length - 1}X`;
  });
  const json = JSON.stringify(parse(marked), null, unit);
  return (
    json.replace(/"TRSTOP(\d+)X"|TRSTOP(\d+)X/g, (_match, whole: string | undefined, inner: string | undefined) => {
      const placeholder = placeholders[Number(whole ?? inner)];
      const isNumber = /^\$\{\d+:\d+\}$/.test(placeholder);
      return whole !== undefined && !isNumber ? `"${placeholder}"` : placeholder;
    }) + '\n'
  );
}
