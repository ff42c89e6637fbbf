/** v2 `protocolSection` → `clinical_study` children in ProtocolRecordSchema.xsd's sequence order. */
import * as codes from './codes';
import { ExportContext, textBlock } from './exportContext';
import { el, leaf, type XmlElement } from './xmlWriter';

const P = '/protocolSection';
const ID = `${P}/identificationModule`;
const STATUS = `${P}/statusModule`;
const SPONSORS = `${P}/sponsorCollaboratorsModule`;
const OVERSIGHT = `${P}/oversightModule`;
const DESIGN = `${P}/designModule`;
const ARMS = `${P}/armsInterventionsModule`;
const ELIGIBILITY = `${P}/eligibilityModule`;
const CONTACTS = `${P}/contactsLocationsModule`;
const REFERENCES = `${P}/referencesModule`;
const IPD = `${P}/ipdSharingStatementModule`;

/** The protocol part of one `clinical_study`, in the XSD's order. */
export function protocolElements(ctx: ExportContext): XmlElement[] {
  const studyType = ctx.reader.peek(`${DESIGN}/studyType`);
  return [
    idInfo(ctx),
    leaf('delayed_posting', codes.yesNo(ctx.reader.bool(`${OVERSIGHT}/isUnapprovedDevice`))),
    leaf('brief_title', ctx.requiredText(`${ID}/briefTitle`, 'brief_title', 'a brief title')),
    leaf('acronym', ctx.text(`${ID}/acronym`)),
    leaf('official_title', ctx.text(`${ID}/officialTitle`)),
    sponsors(ctx),
    oversight(ctx),
    textBlock('brief_summary', ctx.text(`${P}/descriptionModule/briefSummary`)),
    textBlock('detailed_description', ctx.text(`${P}/descriptionModule/detailedDescription`)),
    ...status(ctx),
    studyDesign(ctx, studyType),
    ...outcomes(ctx, 'primaryOutcomes', 'primary_outcome'),
    ...outcomes(ctx, 'secondaryOutcomes', 'secondary_outcome'),
    ...outcomes(ctx, 'otherOutcomes', 'other_outcome'),
    leaf('enrollment', ctx.text(`${DESIGN}/enrollmentInfo/count`)),
    leaf('enrollment_type', ctx.code(`${DESIGN}/enrollmentInfo/type`, codes.DATE_TYPE, 'enrollment_type')),
    ...ctx.reader.items(`${P}/conditionsModule/conditions`).map((at) => leaf('condition', ctx.text(at))),
    ...ctx.reader.items(`${P}/conditionsModule/keywords`).map((at) => leaf('keyword', ctx.text(at))),
    ...armGroups(ctx),
    ...interventions(ctx),
    eligibility(ctx),
    ...ctx.reader
      .items(`${CONTACTS}/overallOfficials`)
      .map((at) =>
        el(
          'overall_official',
          leaf('last_name', ctx.requiredText(`${at}/name`, 'last_name', "the official's name")),
          leaf('role', ctx.code(`${at}/role`, codes.OFFICIAL_ROLE, 'role')),
          leaf('affiliation', ctx.text(`${at}/affiliation`)),
        ),
      ),
    ...centralContacts(ctx),
    ...ctx.reader.items(`${CONTACTS}/locations`).map((at) => location(ctx, at)),
    ipdSharing(ctx),
    ...ctx.reader
      .items(`${REFERENCES}/seeAlsoLinks`)
      .map((at) =>
        el(
          'link',
          leaf('url', ctx.requiredText(`${at}/url`, 'url', 'a link URL')),
          leaf('description', ctx.requiredText(`${at}/label`, 'description', 'a link description')),
        ),
      ),
    ...references(ctx),
    ...ctx.reader.items(`${REFERENCES}/availIpds`).map((at) => studyDocument(ctx, at)),
  ].filter((element): element is XmlElement => element !== undefined);
}

function idInfo(ctx: ExportContext): XmlElement {
  const orgName = ctx.settings.orgName?.trim();
  if (!orgName) {
    ctx.report(
      'export/missing-setting',
      `${ID}/organization`,
      'The registry needs the PRS organisation name you log in with (<org_name>); a record file does not hold it. ' +
        'Set "registry.orgName" in .trialrecordrc.json or the ' +
        '"trialRecord.registry.orgName" setting. An empty <org_name> was written.',
      'warning',
      'org_name',
    );
  }
  return el(
    'id_info',
    leaf('org_name', orgName ?? ''),
    leaf(
      'org_study_id',
      ctx.requiredText(`${ID}/orgStudyIdInfo/id`, 'org_study_id', "the organisation's unique protocol id"),
    ),
    ctx.reader.items(`${ID}/secondaryIdInfos`).map((at) => secondaryId(ctx, at)),
  );
}

function secondaryId(ctx: ExportContext, at: string): XmlElement {
  const type = ctx.reader.peek(`${at}/type`);
  let idType: string | undefined;
  let domain = ctx.text(`${at}/domain`);
  // Record values are data: a type named `constructor` is no member of the table.
  const grantDomain =
    typeof type === 'string' && Object.hasOwn(codes.US_GRANT_DOMAINS, type) ? codes.US_GRANT_DOMAINS[type] : undefined;
  if (grantDomain !== undefined) {
    ctx.reader.use(`${at}/type`);
    idType = 'Other Grant/Funding Number';
    if (domain === undefined) domain = grantDomain;
    else
      ctx.report(
        'export/value-not-allowed',
        `${at}/type`,
        `The XSD has no "${grantDomain}" id type; written as "Other Grant/Funding Number".`,
        'info',
        'id_type',
      );
  } else idType = ctx.code(`${at}/type`, codes.SECONDARY_ID_TYPE, 'id_type');
  return el(
    'secondary_id',
    leaf('id', ctx.requiredText(`${at}/id`, 'id', 'the secondary id')),
    leaf('id_type', idType),
    leaf('id_domain', domain),
  );
}

function sponsors(ctx: ExportContext): XmlElement | undefined {
  const lead = ctx.text(`${SPONSORS}/leadSponsor/name`);
  const rp = `${SPONSORS}/responsibleParty`;
  const rpType = ctx.code(`${rp}/type`, codes.RESPONSIBLE_PARTY_TYPE, 'resp_party_type');
  const oldNameTitle = ctx.text(`${rp}/oldNameTitle`);
  const oldOrganization = ctx.text(`${rp}/oldOrganization`);
  const investigatorTitle = ctx.text(`${rp}/investigatorTitle`);
  const investigatorAffiliation = ctx.text(`${rp}/investigatorAffiliation`);
  const hasRp =
    rpType !== undefined ||
    oldNameTitle !== undefined ||
    oldOrganization !== undefined ||
    investigatorTitle !== undefined;
  return el(
    'sponsors',
    el('lead_sponsor', leaf('agency', ctx.required(lead, `${SPONSORS}/leadSponsor/name`, 'agency', 'a lead sponsor'))),
    ctx.reader
      .items(`${SPONSORS}/collaborators`)
      .map((at) =>
        el('collaborator', leaf('agency', ctx.requiredText(`${at}/name`, 'agency', "the collaborator's name"))),
      ),
    hasRp
      ? el(
          'resp_party',
          leaf('resp_party_type', ctx.required(rpType, `${rp}/type`, 'resp_party_type', 'the responsible party type')),
          leaf('investigator_title', investigatorTitle),
          leaf('investigator_affiliation', investigatorAffiliation),
          leaf('name_title', oldNameTitle),
          leaf('organization', oldOrganization),
        )
      : undefined,
  );
}

function oversight(ctx: ExportContext): XmlElement | undefined {
  const children = [
    leaf('has_dmc', codes.yesNo(ctx.reader.bool(`${OVERSIGHT}/oversightHasDmc`))),
    leaf('fda_regulated_drug', codes.yesNo(ctx.reader.bool(`${OVERSIGHT}/isFdaRegulatedDrug`))),
    leaf('fda_regulated_device', codes.yesNo(ctx.reader.bool(`${OVERSIGHT}/isFdaRegulatedDevice`))),
    leaf('exported_from_us', codes.yesNo(ctx.reader.bool(`${OVERSIGHT}/isUsExport`))),
    leaf('ped_postmarket_surv', codes.yesNo(ctx.reader.bool(`${OVERSIGHT}/isPpsd`))),
  ];
  return children.some(Boolean) ? el('oversight_info', children) : undefined;
}

const DATE = /^\d{4}-\d{2}(-\d{2})?$/;

function date(ctx: ExportContext, pointer: string, element: string): XmlElement | undefined {
  const value = ctx.reader.peek(pointer);
  if (typeof value !== 'string') return undefined;
  if (!DATE.test(value)) {
    ctx.report(
      'export/value-not-allowed',
      pointer,
      `"${value}" is not a date the registry reads (YYYY-MM or YYYY-MM-DD); <${element}> was left out.`,
      'warning',
      element,
    );
    ctx.reader.use(pointer);
    return undefined;
  }
  return leaf(element, ctx.text(pointer));
}

function status(ctx: ExportContext): (XmlElement | undefined)[] {
  const pointer = `${STATUS}/overallStatus`;
  const code = ctx.reader.peek(pointer);
  let overall: XmlElement | undefined;
  let expanded: XmlElement | undefined;
  if (typeof code === 'string' && codes.EXPANDED_ACCESS_STATUSES.has(code)) {
    expanded = leaf('expanded_access_status', ctx.code(pointer, codes.OVERALL_STATUS, 'expanded_access_status'));
  } else if (typeof code === 'string' && codes.REGISTRY_SET_STATUSES.has(code)) {
    const lastKnown = ctx.reader.peek(`${STATUS}/lastKnownStatus`);
    const label = typeof lastKnown === 'string' ? codes.OVERALL_STATUS.toXsd(lastKnown) : undefined;
    ctx.reader.use(pointer);
    if (label) overall = leaf('overall_status', label);
    ctx.report(
      'export/value-not-allowed',
      pointer,
      `"${code}" is set by the registry, not uploaded; ` +
        `${label ? `the last known status "${label}" was written instead` : '<overall_status> was left out'}.`,
      'info',
      'overall_status',
    );
  } else overall = leaf('overall_status', ctx.code(pointer, codes.OVERALL_STATUS, 'overall_status'));
  return [
    overall,
    leaf('why_stopped', ctx.text(`${STATUS}/whyStopped`)),
    expanded,
    date(ctx, `${STATUS}/statusVerifiedDate`, 'verification_date'),
    date(ctx, `${STATUS}/startDateStruct/date`, 'start_date'),
    leaf('start_date_type', ctx.code(`${STATUS}/startDateStruct/type`, codes.DATE_TYPE, 'start_date_type')),
    date(ctx, `${STATUS}/completionDateStruct/date`, 'last_follow_up_date'),
    leaf(
      'last_follow_up_date_type',
      ctx.code(`${STATUS}/completionDateStruct/type`, codes.DATE_TYPE, 'last_follow_up_date_type'),
    ),
    date(ctx, `${STATUS}/primaryCompletionDateStruct/date`, 'primary_compl_date'),
    leaf(
      'primary_compl_date_type',
      ctx.code(`${STATUS}/primaryCompletionDateStruct/type`, codes.DATE_TYPE, 'primary_compl_date_type'),
    ),
  ];
}

const PHASES: Readonly<Record<string, string>> = {
  NA: 'N/A',
  EARLY_PHASE1: 'Early Phase 1',
  PHASE1: 'Phase 1',
  PHASE2: 'Phase 2',
  PHASE3: 'Phase 3',
  PHASE4: 'Phase 4',
  'PHASE1,PHASE2': 'Phase 1/Phase 2',
  'PHASE2,PHASE3': 'Phase 2/Phase 3',
};

/** The phases as the one string the XSD holds ("Phase 1/Phase 2"). */
function phase(ctx: ExportContext): string {
  const pointer = `${DESIGN}/phases`;
  const phases = ctx.reader.peek(pointer);
  if (!Array.isArray(phases) || phases.length === 0)
    return ctx.required(undefined, pointer, 'phase', 'the study phase');
  const key = phases.join(',');
  const display = Object.hasOwn(PHASES, key) ? PHASES[key] : undefined;
  ctx.reader.use(pointer);
  if (display) return display;
  ctx.report(
    'export/value-not-allowed',
    pointer,
    `The phases ${phases.join(' + ')} have no single XSD value; written as "${phases.join('/')}".`,
    'warning',
    'phase',
  );
  return phases.join('/');
}

function studyDesign(ctx: ExportContext, studyType: unknown): XmlElement {
  const info = `${DESIGN}/designInfo`;
  let interventional: XmlElement | undefined;
  let observational: XmlElement | undefined;
  if (studyType === 'INTERVENTIONAL') {
    interventional = el(
      'interventional_design',
      leaf(
        'interventional_subtype',
        requiredLegacyCode(
          ctx,
          `${info}/primaryPurpose`,
          codes.PRIMARY_PURPOSE,
          codes.LEGACY_PRIMARY_PURPOSE,
          'interventional_subtype',
          'the primary purpose',
        ),
      ),
      leaf('phase', phase(ctx)),
      leaf('assignment', ctx.code(`${info}/interventionModel`, codes.INTERVENTION_MODEL, 'assignment')),
      textBlock('model_description', ctx.text(`${info}/interventionModelDescription`)),
      leaf('allocation', ctx.requiredCode(`${info}/allocation`, codes.ALLOCATION, 'allocation', 'the allocation')),
      masking(ctx, `${info}/maskingInfo`),
      textBlock('masking_description', ctx.text(`${info}/maskingInfo/maskingDescription`)),
      leaf('number_of_arms', armCount(ctx)),
    );
  } else if (studyType === 'OBSERVATIONAL') {
    const duration = targetDuration(ctx);
    observational = el(
      'observational_design',
      leaf(
        'observational_study_design',
        requiredLegacyCode(
          ctx,
          `${info}/observationalModel`,
          codes.OBSERVATIONAL_MODEL,
          codes.LEGACY_OBSERVATIONAL_MODEL,
          'observational_study_design',
          'the observational model',
        ),
      ),
      leaf(
        'biospecimen_retention',
        ctx.requiredCode(
          `${DESIGN}/bioSpec/retention`,
          codes.BIOSPEC_RETENTION,
          'biospecimen_retention',
          'the biospecimen retention',
        ),
      ),
      textBlock('biospecimen_description', ctx.text(`${DESIGN}/bioSpec/description`)),
      leaf(
        'timing',
        ctx.requiredCode(`${info}/timePerspective`, codes.TIME_PERSPECTIVE, 'timing', 'the time perspective'),
      ),
      leaf('number_of_groups', armCount(ctx) ?? '0'),
      leaf('patient_registry', codes.yesNo(ctx.reader.bool(`${DESIGN}/patientRegistry`))),
      duration,
    );
  }
  const types = `${DESIGN}/expandedAccessTypes`;
  return el(
    'study_design',
    leaf('study_type', ctx.requiredCode(`${DESIGN}/studyType`, codes.STUDY_TYPE, 'study_type', 'the study type')),
    interventional,
    observational,
    leaf('exp_acc_type_individual', codes.yesNo(ctx.reader.bool(`${types}/individual`))),
    leaf('exp_acc_type_intermediate', codes.yesNo(ctx.reader.bool(`${types}/intermediate`))),
    leaf('exp_acc_type_treatment', codes.yesNo(ctx.reader.bool(`${types}/treatment`))),
  );
}

/** Codes the current XSD dropped (e.g. "Educational/Counseling/Training") are written by label and reported. */
/** A required code that may be one the current XSD no longer lists (written, and reported). */
function requiredLegacyCode(
  ctx: ExportContext,
  pointer: string,
  current: codes.CodeTable,
  legacy: codes.CodeTable,
  element: string,
  what: string,
): string {
  const value = ctx.reader.peek(pointer);
  if (typeof value === 'string' && current.toXsd(value) === undefined && legacy.toXsd(value) !== undefined) {
    ctx.reader.use(pointer);
    const label = legacy.toXsd(value) as string;
    ctx.report(
      'export/value-not-allowed',
      pointer,
      `"${label}" is a legacy value the current upload XSD no longer ` +
        `lists for <${element}>; the registry will ask for a current one.`,
      'warning',
      element,
    );
    return label;
  }
  return ctx.requiredCode(pointer, current, element, what);
}

function armCount(ctx: ExportContext): string | undefined {
  const count = ctx.reader.count(`${ARMS}/armGroups`);
  return count > 0 ? String(count) : undefined;
}

function masking(ctx: ExportContext, at: string): (XmlElement | undefined)[] {
  const level = ctx.reader.peek(`${at}/masking`);
  const who = ctx.reader.peek(`${at}/whoMasked`);
  const roles = Array.isArray(who) ? who.filter((role): role is string => typeof role === 'string') : [];
  if (level === undefined && roles.length === 0) return [];
  ctx.reader.use(`${at}/masking`);
  ctx.reader.use(`${at}/whoMasked`);
  const expected = codes.MASKING_BY_COUNT[roles.length];
  if (level !== undefined && level !== expected) {
    ctx.report(
      'export/value-not-allowed',
      `${at}/masking`,
      `The XML holds only who is masked; the level is derived from it. ${JSON.stringify(level)} does not match the ` +
        `${roles.length} role(s) listed, so the registry will show "${expected ?? 'QUADRUPLE'}".`,
      'warning',
      'no_masking',
    );
  }
  const unknown = roles.filter((role) => !codes.WHO_MASKED_ELEMENTS.some(([code]) => code === role));
  for (const role of unknown)
    ctx.report(
      'export/value-not-allowed',
      `${at}/whoMasked/${roles.indexOf(role)}`,
      `"${role}" is not a masked role the XSD holds.`,
      'warning',
      'masked_subject',
    );
  if (level === 'NONE' && roles.length === 0) return [leaf('no_masking', 'yes')];
  return [
    leaf('no_masking', 'no'),
    ...codes.WHO_MASKED_ELEMENTS.map(([code, element]) => leaf(element, roles.includes(code) ? 'yes' : 'no')),
  ];
}

function targetDuration(ctx: ExportContext): XmlElement[] {
  const pointer = `${DESIGN}/targetDuration`;
  const value = ctx.reader.peek(pointer);
  if (typeof value !== 'string') return [];
  ctx.reader.use(pointer);
  const match = /^(\d+)\s+(Year|Month|Week|Day)s?$/i.exec(value.trim());
  if (!match) {
    ctx.report(
      'export/value-not-allowed',
      pointer,
      `"${value}" is not "<number> Years|Months|Weeks|Days"; the target duration was left out.`,
      'warning',
      'target_duration_quantity',
    );
    return [];
  }
  const unit = match[2][0].toUpperCase() + match[2].slice(1).toLowerCase() + 's';
  return [leaf('target_duration_quantity', match[1]), leaf('target_duration_units', unit)] as XmlElement[];
}

function outcomes(ctx: ExportContext, key: string, element: string): XmlElement[] {
  return ctx.reader
    .items(`${P}/outcomesModule/${key}`)
    .map((at) =>
      el(
        element,
        leaf('outcome_measure', ctx.requiredText(`${at}/measure`, 'outcome_measure', 'the outcome measure title')),
        leaf('outcome_time_frame', ctx.text(`${at}/timeFrame`)),
        textBlock('outcome_description', ctx.text(`${at}/description`)),
      ),
    );
}

/** The v2 name of an intervention as arm groups list it ("Drug: Aspirin"). */
export function interventionDisplayName(type: unknown, name: unknown): string | undefined {
  if (typeof name !== 'string') return undefined;
  const prefix =
    typeof type === 'string' && Object.hasOwn(codes.INTERVENTION_NAME_PREFIX, type)
      ? codes.INTERVENTION_NAME_PREFIX[type]
      : undefined;
  return prefix ? `${prefix}: ${name}` : name;
}

function armGroups(ctx: ExportContext): XmlElement[] {
  const linked = new Set<string>();
  for (const at of ctx.reader.items(`${ARMS}/interventions`)) {
    const display = interventionDisplayName(ctx.reader.peek(`${at}/type`), ctx.reader.peek(`${at}/name`));
    const labels = ctx.reader.peek(`${at}/armGroupLabels`);
    if (display && Array.isArray(labels)) for (const label of labels) linked.add(`${String(label)}\u0000${display}`);
  }
  return ctx.reader.items(`${ARMS}/armGroups`).map((at) => {
    const label = ctx.text(`${at}/label`);
    for (const nameAt of ctx.reader.items(`${at}/interventionNames`)) {
      const name = ctx.reader.peek(nameAt);
      if (linked.has(`${label}\u0000${String(name)}`)) ctx.reader.use(nameAt);
      else {
        ctx.reader.use(nameAt);
        ctx.report(
          'export/no-place',
          nameAt,
          `The XML links arms and interventions only from the intervention's side (<arm_group_label>); ` +
            `no intervention "${String(name)}" lists the arm "${label}", so this link is lost.`,
          'warning',
          'arm_group_label',
        );
      }
    }
    return el(
      'arm_group',
      leaf('arm_group_label', ctx.required(label, `${at}/label`, 'arm_group_label', 'the arm label')),
      leaf('arm_type', ctx.code(`${at}/type`, codes.ARM_TYPE, 'arm_type')),
      textBlock('arm_group_description', ctx.text(`${at}/description`)),
    );
  });
}

function interventions(ctx: ExportContext): XmlElement[] {
  return ctx.reader.items(`${ARMS}/interventions`).map((at) =>
    el(
      'intervention',
      leaf('intervention_type', ctx.code(`${at}/type`, codes.INTERVENTION_TYPE, 'intervention_type')),
      leaf('intervention_name', ctx.requiredText(`${at}/name`, 'intervention_name', 'the intervention name')),
      textBlock('intervention_description', ctx.text(`${at}/description`)),
      ctx.reader.items(`${at}/armGroupLabels`).map((item) => leaf('arm_group_label', ctx.text(item))),
      ctx.reader.items(`${at}/otherNames`).map((item) => leaf('intervention_other_name', ctx.text(item))),
    ),
  );
}

function eligibility(ctx: ExportContext): XmlElement {
  const E = ELIGIBILITY;
  return el(
    'eligibility',
    textBlock('study_population', ctx.text(`${E}/studyPopulation`)),
    leaf('sampling_method', ctx.code(`${E}/samplingMethod`, codes.SAMPLING_METHOD, 'sampling_method')),
    textBlock('criteria', ctx.requiredText(`${E}/eligibilityCriteria`, 'criteria', 'eligibility criteria')),
    leaf('healthy_volunteers', codes.yesNo(ctx.reader.bool(`${E}/healthyVolunteers`))),
    leaf('gender', ctx.requiredCode(`${E}/sex`, codes.SEX, 'gender', 'the sex eligible')),
    leaf('gender_based', codes.yesNo(ctx.reader.bool(`${E}/genderBased`))),
    textBlock('gender_description', ctx.text(`${E}/genderDescription`)),
    leaf('minimum_age', ctx.text(`${E}/minimumAge`) ?? 'N/A'),
    leaf('maximum_age', ctx.text(`${E}/maximumAge`) ?? 'N/A'),
  );
}

function person(ctx: ExportContext, element: string, at: string, nameRequired: boolean, withPhone = true): XmlElement {
  const name = ctx.text(`${at}/name`);
  return el(
    element,
    leaf('last_name', nameRequired ? ctx.required(name, `${at}/name`, 'last_name', 'the contact name') : name),
    withPhone ? leaf('phone', ctx.text(`${at}/phone`)) : undefined,
    withPhone ? leaf('phone_ext', ctx.text(`${at}/phoneExt`)) : undefined,
    withPhone ? leaf('email', ctx.text(`${at}/email`)) : undefined,
  );
}

function centralContacts(ctx: ExportContext): XmlElement[] {
  return ctx.reader
    .items(`${CONTACTS}/centralContacts`)
    .slice(0, 2)
    .map((at, index) => {
      if (ctx.reader.peek(`${at}/role`) === 'CONTACT') ctx.reader.use(`${at}/role`);
      return person(ctx, index === 0 ? 'overall_contact' : 'overall_contact_backup', at, true);
    });
}

function location(ctx: ExportContext, at: string): XmlElement {
  const contacts: XmlElement[] = [];
  const investigators: XmlElement[] = [];
  for (const contact of ctx.reader.items(`${at}/contacts`)) {
    const role = ctx.reader.peek(`${contact}/role`);
    if ((role === 'CONTACT' || role === undefined) && contacts.length < 2) {
      if (role !== undefined) ctx.reader.use(`${contact}/role`);
      contacts.push(person(ctx, contacts.length === 0 ? 'contact' : 'contact_backup', contact, false));
    } else if (role === 'PRINCIPAL_INVESTIGATOR' || role === 'SUB_INVESTIGATOR') {
      investigators.push(
        el(
          'investigator',
          leaf('last_name', ctx.text(`${contact}/name`)),
          leaf('role', ctx.code(`${contact}/role`, codes.SITE_INVESTIGATOR_ROLE, 'role')),
        ),
      );
    } else if (role === 'CONTACT' || role === undefined) {
      ctx.reader.use(contact);
      ctx.report(
        'export/no-place',
        contact,
        'The XML holds two contacts per site (<contact>, <contact_backup>); this further contact is not uploaded.',
        'warning',
        'contact',
      );
    }
  }
  return el(
    'location',
    el(
      'facility',
      leaf('name', ctx.requiredText(`${at}/facility`, 'name', 'the facility name')),
      el(
        'address',
        leaf('city', ctx.text(`${at}/city`)),
        leaf('state', ctx.text(`${at}/state`)),
        leaf('country', ctx.text(`${at}/country`)),
        leaf('zip', ctx.text(`${at}/zip`)),
      ),
    ),
    leaf('status', ctx.code(`${at}/status`, codes.LOCATION_STATUS, 'status')),
    contacts,
    investigators,
  );
}

function ipdSharing(ctx: ExportContext): XmlElement | undefined {
  const sharing = ctx.code(`${IPD}/ipdSharing`, codes.IPD_SHARING, 'sharing_ipd');
  const types = ctx.reader.peek(`${IPD}/infoTypes`);
  const listed = Array.isArray(types) ? types : [];
  const typeElements =
    listed.length > 0
      ? codes.IPD_INFO_TYPE_ELEMENTS.map(([code, element]) => leaf(element, listed.includes(code) ? 'yes' : 'no'))
      : [];
  listed.forEach((code, index) => {
    if (codes.IPD_INFO_TYPE_ELEMENTS.some(([known]) => known === code)) ctx.reader.use(`${IPD}/infoTypes/${index}`);
  });
  const children = [
    leaf('sharing_ipd', sharing),
    textBlock('ipd_description', ctx.text(`${IPD}/description`)),
    ...typeElements,
    textBlock('ipd_time_frame', ctx.text(`${IPD}/timeFrame`)),
    textBlock('ipd_access_criteria', ctx.text(`${IPD}/accessCriteria`)),
    leaf('ipd_url', ctx.text(`${IPD}/url`)),
  ];
  return children.some(Boolean) ? el('ipd_sharing_statement', children) : undefined;
}

function references(ctx: ExportContext): XmlElement[] {
  const out: XmlElement[] = [];
  for (const at of ctx.reader.items(`${REFERENCES}/references`)) {
    const type = ctx.reader.peek(`${at}/type`);
    if (type === 'DERIVED') {
      ctx.reader.use(at);
      ctx.report(
        'export/registry-assigned',
        at,
        'The registry links this reference from PubMed itself (type DERIVED); it is not uploaded.',
        'info',
        'reference',
      );
      continue;
    }
    if (type === 'RESULT' || type === 'BACKGROUND') ctx.reader.use(`${at}/type`);
    out.push(
      el(
        'reference',
        leaf('citation', ctx.text(`${at}/citation`)),
        leaf('pubmed_id', ctx.text(`${at}/pmid`)),
        leaf('is_results_ref', type === 'RESULT' ? 'yes' : type === 'BACKGROUND' ? 'no' : undefined),
      ),
    );
  }
  return out;
}

function studyDocument(ctx: ExportContext, at: string): XmlElement {
  const type = ctx.text(`${at}/type`);
  const code = type === undefined ? undefined : codes.STUDY_DOCUMENT_TYPE.fromXsd(type);
  const display = code === undefined ? 'Other' : codes.STUDY_DOCUMENT_TYPE.toXsd(code);
  return el(
    'study_document',
    leaf('study_document_type', display),
    leaf('study_document_other_type', code === undefined ? type : undefined),
    leaf('url', ctx.text(`${at}/url`)),
    leaf('study_document_identifier', ctx.text(`${at}/id`)),
    textBlock('study_document_comments', ctx.text(`${at}/comment`)),
  );
}
