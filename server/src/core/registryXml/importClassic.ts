/**
 * The classic public XML (`clinical_study` per public.xsd, as ClinicalTrials.gov served it
 * before API v2) → v2 record. Dates "Month D, YYYY" become ISO dates, display values become
 * codes, text blocks lose the download's indentation and hard line wrap.
 */
import * as codes from './codes';
import { age, phaseCodes } from './importUpload';
import type { RegistryXmlFinding } from './findings';
import { deriveInterventionNames, type ImportContext } from './importShared';
import { toCount } from './recordShape';
import { XmlNode } from './xmlNode';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "January 30, 2023" → 2023-01-30; "January 2023" → 2023-01; other text is kept and reported by the schema check. */
export function classicDate(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const match = /^([A-Za-z]+)\s+(?:(\d{1,2}),\s*)?(\d{4})$/.exec(text.trim());
  const month = match ? MONTHS.indexOf(match[1].toLowerCase()) + 1 : 0;
  if (!match || month === 0) return text.trim();
  const mm = String(month).padStart(2, '0');
  return match[2] ? `${match[3]}-${mm}-${match[2].padStart(2, '0')}` : `${match[3]}-${mm}`;
}

/** Removes the download's common indentation and joins hard-wrapped lines back into paragraphs and list items. */
export function classicText(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)![0].length);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  const out: string[] = [];
  let previousIndent = -1;
  for (const raw of lines) {
    const line = raw.slice(common).replace(/\s+$/, '');
    const indent = /^ */.exec(line)![0].length;
    const isItem = /^\s*([-*•·o]|\d+[.)]|[a-zA-Z][.)]|\(\w+\))\s/.test(line);
    const last = out.length > 0 ? out[out.length - 1] : undefined;
    if (
      line.trim() !== '' &&
      last !== undefined &&
      last.trim() !== '' &&
      !isItem &&
      indent >= previousIndent &&
      previousIndent >= 0
    ) {
      out[out.length - 1] = `${last} ${line.trim()}`;
      continue;
    }
    out.push(line.trim() === '' ? '' : line);
    previousIndent = line.trim() === '' ? -1 : isItem ? indent + 1 : indent;
  }
  const joined = markdownLists(out)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return joined === '' ? undefined : joined;
}

const LIST_ITEM = /^(\s*)([-*•·o]|\d+[.)]|[a-zA-Z][.)]|\(\w+\))\s+(.*)$/;

/** The download's "  -  item" lists, one blank line apart, as v2's Markdown lists ("* item", no blank lines). */
function markdownLists(lines: readonly string[]): string[] {
  const indents = lines
    .map((line) => LIST_ITEM.exec(line)?.[1].length)
    .filter((indent): indent is number => indent !== undefined);
  const base = indents.length > 0 ? Math.min(...indents) : 0;
  const out: string[] = [];
  lines.forEach((line, index) => {
    const item = LIST_ITEM.exec(line);
    if (item) {
      const nested = item[1].length > base ? '  ' : '';
      out.push(`${nested}${item[2] === '-' || item[2] === '•' ? '*' : item[2]} ${item[3].trim()}`);
      return;
    }
    const previous = out[out.length - 1];
    const next = lines[index + 1];
    // A blank line between two list items only spaced the download out.
    if (line === '' && previous !== undefined && LIST_ITEM.test(previous) && next !== undefined && LIST_ITEM.test(next))
      return;
    out.push(line);
  });
  return out;
}

const AGENCY_CLASS = new Map([
  ['nih', 'NIH'],
  ['industry', 'INDUSTRY'],
  ['other', 'OTHER'],
  ['u.s. fed', 'FED'],
  ['other u.s. federal agency', 'FED'],
  ['individual', 'INDIV'],
  ['network', 'NETWORK'],
  ['ambiguous', 'AMBIG'],
  ['unknown', 'UNKNOWN'],
]);

const IPD_TYPES = new Map([
  ['study protocol', 'STUDY_PROTOCOL'],
  ['statistical analysis plan (sap)', 'SAP'],
  ['informed consent form (icf)', 'ICF'],
  ['clinical study report (csr)', 'CSR'],
  ['analytic code', 'ANALYTIC_CODE'],
]);

const MASKED_ROLES = new Map([
  ['participant', 'PARTICIPANT'],
  ['subject', 'PARTICIPANT'],
  ['care provider', 'CARE_PROVIDER'],
  ['caregiver', 'CARE_PROVIDER'],
  ['investigator', 'INVESTIGATOR'],
  ['outcomes assessor', 'OUTCOMES_ASSESSOR'],
]);

/** The first present of an element and its pre-2017 name (both are read, so neither is reported as unmapped). */
function firstOf(node: XmlNode, name: string, oldName: string): string | undefined {
  const current = node.text(name);
  const old = node.text(oldName);
  return current ?? old;
}

function yesNo(node: XmlNode | undefined, name: string): boolean | undefined {
  const text = node?.text(name);
  if (text === undefined) return undefined;
  return /^(yes|true|accepts healthy volunteers)$/i.test(text) ? true : /^(no|false)$/i.test(text) ? false : undefined;
}

function agency(node: XmlNode | undefined): Record<string, unknown> | undefined {
  if (!node) return undefined;
  const cls = node.text('agency_class');
  return {
    name: node.text('agency'),
    class: cls === undefined ? undefined : (AGENCY_CLASS.get(cls.toLowerCase()) ?? cls),
  };
}

function dateStruct(ctx: ImportContext, study: XmlNode, name: string): Record<string, unknown> | undefined {
  const node = study.one(name);
  if (!node) return undefined;
  const type = node.attribute('type');
  const code = type === undefined ? undefined : codes.DATE_TYPE.fromXsd(type);
  if (type !== undefined && code === undefined)
    ctx.report(
      'import/value-not-recognised',
      `${node.path}/@type`,
      `Date type "${type}" is not Actual or Anticipated/Estimated.`,
    );
  return { date: classicDate(node.value() || undefined), type: code };
}

function masking(ctx: ImportContext, design: XmlNode): Record<string, unknown> | undefined {
  const text = design.text('masking');
  const description = classicText(design.untrimmed('masking_description'));
  if (text === undefined) return description === undefined ? undefined : { maskingDescription: description };
  const match = /^([A-Za-z]+)(?:\s+Blind)?\s*(?:\((.*)\))?$/.exec(text.trim());
  const level = match?.[1].toUpperCase();
  if (/open label|no masking/i.test(text) || level === 'NONE')
    return { masking: 'NONE', maskingDescription: description };
  if (!match || !codes.MASKING_BY_COUNT.includes(level as (typeof codes.MASKING_BY_COUNT)[number])) {
    ctx.report(
      'import/value-not-recognised',
      `${design.path}/masking`,
      `Masking "${text}" is not a level the registry lists; it was not imported.`,
    );
    return description === undefined ? undefined : { maskingDescription: description };
  }
  const roles = (match[2] ?? '')
    .split(',')
    .map((role) => role.trim().toLowerCase())
    .filter(Boolean)
    .map((role) => MASKED_ROLES.get(role) ?? role);
  return { masking: level, maskingDescription: description, whoMasked: roles };
}

/**
 * Downloads before 2017 carry the design as one line, "Allocation: Randomized, Masking: Double
 * Blind (Subject, Investigator), Primary Purpose: Treatment"; it is read as if it were
 * `study_design_info`.
 */
function oldStudyDesign(study: XmlNode): XmlNode | undefined {
  const text = study.text('study_design');
  if (text === undefined || /^n\/a$/i.test(text)) return undefined;
  const fields: Record<string, string> = {};
  for (const part of text.split(/,\s*(?=[A-Z][A-Za-z ]+:)/)) {
    const match = /^([A-Za-z ]+):\s*(.*)$/.exec(part.trim());
    if (match) fields[match[1].trim().toLowerCase().replace(/\s+/g, '_')] = match[2].trim();
  }
  if (fields.masking) fields.masking = fields.masking.replace(/-/g, ' ');
  delete fields.endpoint_classification;
  return new XmlNode(fields, `${study.path}/study_design`, [], true);
}

/** Single-group studies have no allocation; the classic XML often omits the "N/A" the registry holds. */
function allocation(ctx: ImportContext, design: XmlNode, studyType: string | undefined): string | undefined {
  if (design.text('allocation') !== undefined) return ctx.code(design, 'allocation', codes.ALLOCATION);
  if (studyType === 'INTERVENTIONAL' && /single group/i.test(design.text('intervention_model') ?? '')) {
    ctx.report(
      'import/value-inferred',
      `${design.path}/allocation`,
      'The download has no allocation for this single-group study; ' +
        '"N/A" (NA), which the registry implies, was filled in.',
      'info',
    );
    return 'NA';
  }
  return undefined;
}

/** Leaves a whole element out of the import: one finding for it, none for each of its children. */
function leaveOut(
  ctx: ImportContext,
  node: XmlNode | undefined,
  message: string,
  severity?: RegistryXmlFinding['severity'],
): void {
  if (!node) return;
  node.ignore(...node.unused());
  ctx.report('import/not-mapped', node.path, message, severity);
}

export function classicRecord(ctx: ImportContext, study: XmlNode): Record<string, unknown> {
  study.ignore(
    'required_header',
    'condition_browse',
    'intervention_browse',
    'location_countries',
    'removed_countries',
    'number_of_arms',
    'number_of_groups',
  );
  study.ignore('last_update_submitted_qc', 'is_fda_regulated', 'is_section_801', 'pending_results');
  const id = study.one('id_info');
  const rp = study.one('responsible_party');
  const oversight = study.one('oversight_info');
  oversight?.ignore('authority');
  const design = study.one('study_design_info') ?? oldStudyDesign(study);
  const studyTypeText = study.text('study_type');
  // Withheld records say "N/A": the registry redacted the study type.
  const studyType =
    studyTypeText === undefined || /^n\/a$/i.test(studyTypeText)
      ? undefined
      : ctx.code(study, 'study_type', codes.STUDY_TYPE);
  const isRegistry = studyTypeText !== undefined && /patient registry/i.test(studyTypeText);
  const eligibility = study.one('eligibility');
  const expanded = study.one('expanded_access_info');
  const enrollment = study.one('enrollment');
  const armGroups = study.all('arm_group').map((arm) => ({
    label: arm.text('arm_group_label'),
    type: ctx.code(arm, 'arm_group_type', codes.ARM_TYPE),
    description: classicText(arm.untrimmed('description')),
    interventionNames: undefined as string[] | undefined,
  }));
  const interventions = study.all('intervention').map((item) => ({
    type: ctx.code(item, 'intervention_type', codes.INTERVENTION_TYPE),
    name: item.text('intervention_name'),
    description: classicText(item.untrimmed('description')),
    armGroupLabels: item.texts('arm_group_label'),
    otherNames: item.texts('other_name'),
  }));
  deriveInterventionNames(armGroups, interventions);
  const hasExpandedAccess = yesNo(study, 'has_expanded_access');
  const outcome = (name: string) =>
    study.all(name).map((item) => {
      item.ignore('safety_issue');
      return {
        measure: item.text('measure'),
        description: classicText(item.untrimmed('description')),
        timeFrame: item.text('time_frame'),
      };
    });
  const contact = (node: XmlNode, role = 'CONTACT') => ({
    name: node.text('last_name'),
    role,
    phone: node.text('phone'),
    phoneExt: node.text('phone_ext'),
    email: node.text('email'),
  });
  const patientData = study.one('patient_data');
  leaveOut(
    ctx,
    study.one('clinical_results'),
    'Results in the classic public XML are not imported: the v2 results section cannot be rebuilt ' +
      'faithfully from it. Download the record as JSON from ClinicalTrials.gov for its results.',
  );
  leaveOut(
    ctx,
    study.one('provided_document_section'),
    'Provided documents (protocol, SAP, consent form files) are registry uploads; they were not imported.',
    'info',
  );
  const protocolSection = {
    identificationModule: {
      nctId: id?.text('nct_id'),
      nctIdAliases: id?.texts('nct_alias'),
      orgStudyIdInfo: { id: id?.text('org_study_id') },
      secondaryIdInfos: id?.texts('secondary_id').map((secondary) => ({ id: secondary })),
      organization: { fullName: study.text('source') },
      briefTitle: study.text('brief_title'),
      officialTitle: study.text('official_title'),
      acronym: study.text('acronym'),
    },
    statusModule: {
      statusVerifiedDate: classicDate(study.text('verification_date')),
      overallStatus: ctx.code(study, 'overall_status', codes.OVERALL_STATUS),
      lastKnownStatus: ctx.code(study, 'last_known_status', codes.OVERALL_STATUS),
      whyStopped: study.text('why_stopped'),
      expandedAccessInfo: { hasExpandedAccess },
      startDateStruct: dateStruct(ctx, study, 'start_date'),
      primaryCompletionDateStruct: dateStruct(ctx, study, 'primary_completion_date'),
      completionDateStruct: dateStruct(ctx, study, 'completion_date'),
      studyFirstSubmitDate: classicDate(firstOf(study, 'study_first_submitted', 'firstreceived_date')),
      studyFirstSubmitQcDate: classicDate(study.text('study_first_submitted_qc')),
      studyFirstPostDateStruct: dateStruct(ctx, study, 'study_first_posted'),
      resultsFirstSubmitDate: classicDate(firstOf(study, 'results_first_submitted', 'firstreceived_results_date')),
      resultsFirstSubmitQcDate: classicDate(study.text('results_first_submitted_qc')),
      resultsFirstPostDateStruct: dateStruct(ctx, study, 'results_first_posted'),
      dispFirstSubmitDate: classicDate(
        firstOf(study, 'disposition_first_submitted', 'firstreceived_results_disposition_date'),
      ),
      dispFirstSubmitQcDate: classicDate(study.text('disposition_first_submitted_qc')),
      dispFirstPostDateStruct: dateStruct(ctx, study, 'disposition_first_posted'),
      lastUpdateSubmitDate: classicDate(firstOf(study, 'last_update_submitted', 'lastchanged_date')),
      lastUpdatePostDateStruct: dateStruct(ctx, study, 'last_update_posted'),
    },
    sponsorCollaboratorsModule: {
      responsibleParty: rp && {
        type: ctx.code(rp, 'responsible_party_type', codes.RESPONSIBLE_PARTY_TYPE),
        investigatorFullName: rp.text('investigator_full_name'),
        investigatorTitle: rp.text('investigator_title'),
        investigatorAffiliation: rp.text('investigator_affiliation'),
        oldNameTitle: rp.text('name_title'),
        oldOrganization: rp.text('organization'),
      },
      leadSponsor: agency(study.one('sponsors')?.one('lead_sponsor')),
      collaborators: study.one('sponsors')?.all('collaborator').map(agency),
    },
    oversightModule: {
      oversightHasDmc: yesNo(oversight, 'has_dmc'),
      isFdaRegulatedDrug: yesNo(oversight, 'is_fda_regulated_drug'),
      isFdaRegulatedDevice: yesNo(oversight, 'is_fda_regulated_device'),
      isUnapprovedDevice: yesNo(oversight, 'is_unapproved_device'),
      isPpsd: yesNo(oversight, 'is_ppsd'),
      isUsExport: yesNo(oversight, 'is_us_export'),
    },
    descriptionModule: {
      briefSummary: classicText(study.one('brief_summary')?.untrimmed('textblock')),
      detailedDescription: classicText(study.one('detailed_description')?.untrimmed('textblock')),
    },
    conditionsModule: { conditions: study.texts('condition'), keywords: study.texts('keyword') },
    designModule: {
      studyType,
      patientRegistry: isRegistry ? true : undefined,
      targetDuration: study.text('target_duration'),
      phases:
        study.text('phase') === undefined
          ? undefined
          : phaseCodes(ctx, study.text('phase') as string, `${study.path}/phase`),
      designInfo: design && {
        allocation: allocation(ctx, design, studyType),
        interventionModel: ctx.code(design, 'intervention_model', codes.INTERVENTION_MODEL),
        interventionModelDescription: classicText(design.untrimmed('intervention_model_description')),
        primaryPurpose: ctx.code(design, 'primary_purpose', codes.PRIMARY_PURPOSE, codes.LEGACY_PRIMARY_PURPOSE),
        observationalModel: ctx.code(
          design,
          'observational_model',
          codes.OBSERVATIONAL_MODEL,
          codes.LEGACY_OBSERVATIONAL_MODEL,
        ),
        timePerspective: ctx.code(design, 'time_perspective', codes.TIME_PERSPECTIVE),
        maskingInfo: masking(ctx, design),
      },
      bioSpec: {
        retention: ctx.code(study, 'biospec_retention', codes.BIOSPEC_RETENTION),
        description: classicText(study.one('biospec_descr')?.untrimmed('textblock')),
      },
      enrollmentInfo: enrollment && {
        count: toCount(enrollment.value()),
        type:
          enrollment.attribute('type') === undefined
            ? undefined
            : codes.DATE_TYPE.fromXsd(enrollment.attribute('type') as string),
      },
      expandedAccessTypes: expanded && {
        individual: yesNo(expanded, 'expanded_access_type_individual'),
        intermediate: yesNo(expanded, 'expanded_access_type_intermediate'),
        treatment: yesNo(expanded, 'expanded_access_type_treatment'),
      },
    },
    armsInterventionsModule: { armGroups, interventions },
    outcomesModule: {
      primaryOutcomes: outcome('primary_outcome'),
      secondaryOutcomes: outcome('secondary_outcome'),
      otherOutcomes: outcome('other_outcome'),
    },
    eligibilityModule: eligibility && {
      eligibilityCriteria: classicText(eligibility.one('criteria')?.untrimmed('textblock')),
      healthyVolunteers: yesNo(eligibility, 'healthy_volunteers'),
      sex: ctx.code(eligibility, 'gender', codes.SEX),
      genderBased: yesNo(eligibility, 'gender_based'),
      genderDescription: classicText(eligibility.untrimmed('gender_description')),
      minimumAge: age(eligibility.text('minimum_age')),
      maximumAge: age(eligibility.text('maximum_age')),
      studyPopulation: classicText(eligibility.one('study_pop')?.untrimmed('textblock')),
      samplingMethod: ctx.code(eligibility, 'sampling_method', codes.SAMPLING_METHOD),
    },
    contactsLocationsModule: {
      centralContacts: [study.one('overall_contact'), study.one('overall_contact_backup')]
        .filter((node): node is XmlNode => node !== undefined)
        .map((node) => contact(node)),
      overallOfficials: study.all('overall_official').map((official) => ({
        name: official.text('last_name'),
        affiliation: official.text('affiliation'),
        role: ctx.code(official, 'role', codes.OFFICIAL_ROLE, codes.SITE_INVESTIGATOR_ROLE),
      })),
      locations: study.all('location').map((location) => {
        const facility = location.one('facility');
        const address = facility?.one('address');
        return {
          facility: facility?.text('name'),
          status: ctx.code(location, 'status', codes.LOCATION_STATUS, codes.OVERALL_STATUS),
          city: address?.text('city'),
          state: address?.text('state'),
          zip: address?.text('zip'),
          country: address?.text('country'),
          contacts: [
            ...[location.one('contact'), location.one('contact_backup')]
              .filter((node): node is XmlNode => node !== undefined)
              .map((node) => contact(node)),
            ...location.all('investigator').map((node) => ({
              name: node.text('last_name'),
              role: ctx.code(node, 'role', codes.SITE_INVESTIGATOR_ROLE, codes.OFFICIAL_ROLE),
            })),
          ],
        };
      }),
    },
    referencesModule: {
      references: [
        ...study.all('reference').map((reference) => ({
          pmid: reference.text('PMID'),
          type: 'BACKGROUND',
          citation: reference.text('citation'),
        })),
        ...study
          .all('results_reference')
          .map((reference) => ({ pmid: reference.text('PMID'), type: 'RESULT', citation: reference.text('citation') })),
      ],
      seeAlsoLinks: study.all('link').map((link) => ({ label: link.text('description'), url: link.text('url') })),
      availIpds: study
        .one('study_docs')
        ?.all('study_doc')
        .map((doc) => ({
          id: doc.text('doc_id'),
          type: doc.text('doc_type'),
          url: doc.text('doc_url'),
          comment: doc.text('doc_comment'),
        })),
    },
    ipdSharingStatementModule: patientData && {
      ipdSharing: ctx.code(patientData, 'sharing_ipd', codes.IPD_SHARING),
      description: classicText(patientData.untrimmed('ipd_description')),
      infoTypes: patientData.texts('ipd_info_type').map((type) => IPD_TYPES.get(type.toLowerCase()) ?? type),
      timeFrame: classicText(patientData.untrimmed('ipd_time_frame')),
      accessCriteria: classicText(patientData.untrimmed('ipd_access_criteria')),
      url: patientData.text('ipd_url'),
    },
  };
  return { protocolSection };
}
