/** PRS upload/download XML (`clinical_study` of ProtocolRecordSchema.xsd) → v2 protocolSection. */
import * as codes from './codes';
import { deriveInterventionNames, personName, type ImportContext } from './importShared';
import { toCount } from './recordShape';
import type { XmlNode } from './xmlNode';

const yes = (node: XmlNode, name: string) => codes.fromYesNo(node.text(name));

export function uploadProtocol(ctx: ImportContext, study: XmlNode): Record<string, unknown> {
  const id = study.one('id_info');
  id?.ignore('org_name', 'provider_name', 'provider_study_id');
  const design = study.one('study_design');
  // IND/IDE numbers have no v2 field (reported as not mapped); expanded-access availability does.
  const ind = study.one('ind_info');
  const studyType = design ? ctx.code(design, 'study_type', codes.STUDY_TYPE) : undefined;
  const interventional = design?.one('interventional_design');
  const observational = design?.one('observational_design');
  interventional?.ignore('number_of_arms');
  observational?.ignore('number_of_groups');
  const overall = study.text('overall_status');
  const expanded = study.text('expanded_access_status');
  const eligibility = study.one('eligibility');
  const sponsors = study.one('sponsors');
  const rp = sponsors?.one('resp_party');
  const oversight = study.one('oversight_info');
  const armGroups = study.all('arm_group').map((arm) => ({
    label: arm.text('arm_group_label'),
    type: ctx.code(arm, 'arm_type', codes.ARM_TYPE),
    description: arm.textBlock('arm_group_description'),
    interventionNames: undefined as string[] | undefined,
  }));
  const interventions = study.all('intervention').map((item) => ({
    type: ctx.code(item, 'intervention_type', codes.INTERVENTION_TYPE),
    name: item.text('intervention_name'),
    description: item.textBlock('intervention_description'),
    armGroupLabels: item.texts('arm_group_label'),
    otherNames: item.texts('intervention_other_name'),
  }));
  deriveInterventionNames(armGroups, interventions);
  const contacts = [study.one('overall_contact'), study.one('overall_contact_backup')].filter(
    (node): node is XmlNode => node !== undefined,
  );
  return {
    identificationModule: {
      orgStudyIdInfo: { id: id?.text('org_study_id') },
      secondaryIdInfos: id?.all('secondary_id').map((secondary) => secondaryId(ctx, secondary)),
      briefTitle: study.text('brief_title'),
      officialTitle: study.text('official_title'),
      acronym: study.text('acronym'),
    },
    statusModule: {
      statusVerifiedDate: study.text('verification_date'),
      overallStatus:
        overall !== undefined
          ? ctx.code(study, 'overall_status', codes.OVERALL_STATUS)
          : expanded !== undefined
            ? ctx.code(study, 'expanded_access_status', codes.OVERALL_STATUS)
            : undefined,
      whyStopped: study.text('why_stopped'),
      expandedAccessInfo: ind && { hasExpandedAccess: expandedAccess(ind), nctId: ind.text('expanded_access_nct_id') },
      startDateStruct: dateStruct(ctx, study, 'start_date'),
      primaryCompletionDateStruct: dateStruct(ctx, study, 'primary_compl_date'),
      completionDateStruct: dateStruct(ctx, study, 'last_follow_up_date') ?? dateStruct(ctx, study, 'end_date'),
    },
    sponsorCollaboratorsModule: {
      responsibleParty: rp && {
        type: ctx.code(rp, 'resp_party_type', codes.RESPONSIBLE_PARTY_TYPE),
        investigatorTitle: rp.text('investigator_title'),
        investigatorAffiliation: rp.text('investigator_affiliation'),
        oldNameTitle: rp.text('name_title'),
        oldOrganization: rp.text('organization'),
      },
      leadSponsor: { name: sponsors?.one('lead_sponsor')?.text('agency') },
      collaborators: sponsors?.all('collaborator').map((collaborator) => ({ name: collaborator.text('agency') })),
    },
    oversightModule: {
      oversightHasDmc: oversight && yes(oversight, 'has_dmc'),
      isFdaRegulatedDrug: oversight && yes(oversight, 'fda_regulated_drug'),
      isFdaRegulatedDevice: oversight && yes(oversight, 'fda_regulated_device'),
      isUnapprovedDevice: yes(study, 'delayed_posting'),
      isPpsd: oversight && yes(oversight, 'ped_postmarket_surv'),
      isUsExport: oversight && yes(oversight, 'exported_from_us'),
    },
    descriptionModule: {
      briefSummary: study.textBlock('brief_summary'),
      detailedDescription: study.textBlock('detailed_description'),
    },
    conditionsModule: { conditions: study.texts('condition'), keywords: study.texts('keyword') },
    designModule: {
      studyType,
      patientRegistry: observational && yes(observational, 'patient_registry'),
      targetDuration: observational && targetDuration(observational),
      phases: interventional && phases(ctx, interventional),
      designInfo: {
        allocation: interventional && ctx.code(interventional, 'allocation', codes.ALLOCATION),
        interventionModel: interventional && ctx.code(interventional, 'assignment', codes.INTERVENTION_MODEL),
        interventionModelDescription: interventional?.textBlock('model_description'),
        primaryPurpose:
          interventional &&
          ctx.code(interventional, 'interventional_subtype', codes.PRIMARY_PURPOSE, codes.LEGACY_PRIMARY_PURPOSE),
        observationalModel:
          observational &&
          ctx.code(
            observational,
            'observational_study_design',
            codes.OBSERVATIONAL_MODEL,
            codes.LEGACY_OBSERVATIONAL_MODEL,
          ),
        timePerspective: observational && ctx.code(observational, 'timing', codes.TIME_PERSPECTIVE),
        maskingInfo: interventional && maskingInfo(interventional),
      },
      bioSpec: observational && {
        retention: ctx.code(observational, 'biospecimen_retention', codes.BIOSPEC_RETENTION),
        description: observational.textBlock('biospecimen_description'),
      },
      enrollmentInfo: {
        count: toCount(study.text('enrollment')),
        type: ctx.code(study, 'enrollment_type', codes.DATE_TYPE),
      },
      expandedAccessTypes: design && {
        individual: yes(design, 'exp_acc_type_individual'),
        intermediate: yes(design, 'exp_acc_type_intermediate'),
        treatment: yes(design, 'exp_acc_type_treatment'),
      },
    },
    armsInterventionsModule: { armGroups, interventions },
    outcomesModule: {
      primaryOutcomes: outcomes(study, 'primary_outcome'),
      secondaryOutcomes: outcomes(study, 'secondary_outcome'),
      otherOutcomes: outcomes(study, 'other_outcome'),
    },
    eligibilityModule: eligibility && {
      eligibilityCriteria: eligibility.textBlock('criteria'),
      healthyVolunteers: yes(eligibility, 'healthy_volunteers'),
      sex: ctx.code(eligibility, 'gender', codes.SEX),
      genderBased: yes(eligibility, 'gender_based'),
      genderDescription: eligibility.textBlock('gender_description'),
      minimumAge: age(eligibility.text('minimum_age')),
      maximumAge: age(eligibility.text('maximum_age')),
      studyPopulation: eligibility.textBlock('study_population'),
      samplingMethod: ctx.code(eligibility, 'sampling_method', codes.SAMPLING_METHOD),
    },
    contactsLocationsModule: {
      centralContacts: contacts.map((contact) => ({
        name: personName(contact),
        role: 'CONTACT',
        phone: contact.text('phone'),
        phoneExt: contact.text('phone_ext'),
        email: contact.text('email'),
      })),
      overallOfficials: study.all('overall_official').map((official) => ({
        name: personName(official),
        affiliation: official.text('affiliation'),
        role: ctx.code(official, 'role', codes.OFFICIAL_ROLE, codes.SITE_INVESTIGATOR_ROLE),
      })),
      locations: study.all('location').map((location) => uploadLocation(ctx, location)),
    },
    referencesModule: {
      references: study.all('reference').map((reference) => {
        const isResult = yes(reference, 'is_results_ref');
        return {
          pmid: reference.text('pubmed_id'),
          type: isResult === true ? 'RESULT' : isResult === false ? 'BACKGROUND' : undefined,
          citation: reference.text('citation'),
        };
      }),
      seeAlsoLinks: study.all('link').map((link) => ({ label: link.text('description'), url: link.text('url') })),
      availIpds: study.all('study_document').map((document) => {
        const type = document.text('study_document_type');
        const other = document.text('study_document_other_type');
        return {
          id: document.text('study_document_identifier'),
          type: type === 'Other' && other ? other : type,
          url: document.text('url'),
          comment: document.textBlock('study_document_comments'),
        };
      }),
    },
    ipdSharingStatementModule: ipdSharing(ctx, study.one('ipd_sharing_statement')),
  };
}

/** PRS holds "yes" / "no" / "unknown"; v2 has a boolean. */
function expandedAccess(ind: XmlNode): boolean | undefined {
  const text = ind.text('has_expanded_access');
  return codes.fromYesNo(text);
}

function secondaryId(ctx: ImportContext, node: XmlNode): Record<string, unknown> {
  let type = node.text('id_type') !== undefined ? ctx.code(node, 'id_type', codes.SECONDARY_ID_TYPE) : undefined;
  let domain = node.text('id_domain');
  const usGrant = Object.entries(codes.US_GRANT_DOMAINS).find(([, label]) => label === domain);
  if (type === 'OTHER_GRANT' && usGrant) {
    type = usGrant[0];
    domain = undefined;
  }
  return { id: node.text('id'), type, domain };
}

function dateStruct(ctx: ImportContext, study: XmlNode, name: string): Record<string, unknown> | undefined {
  const date = study.text(name);
  const type = study.text(`${name}_type`) !== undefined ? ctx.code(study, `${name}_type`, codes.DATE_TYPE) : undefined;
  if (date === undefined && type === undefined) return undefined;
  return { date, type };
}

function phases(ctx: ImportContext, design: XmlNode): string[] | undefined {
  const text = design.text('phase');
  return text === undefined ? undefined : phaseCodes(ctx, text, `${design.path}/phase`);
}

/** "Phase 1/Phase 2" → [PHASE1, PHASE2]; "N/A" → [NA]; "Phase 0" is Early Phase 1. */
export function phaseCodes(ctx: ImportContext, text: string, element: string): string[] {
  if (/^n\/?a$/i.test(text.trim()) || /not applicable/i.test(text)) return ['NA'];
  return text.split('/').map((part) => {
    const trimmed = part.trim();
    if (/^(early phase 1|phase 0)$/i.test(trimmed)) return 'EARLY_PHASE1';
    const match = /^phase\s*([1-4])$/i.exec(trimmed);
    if (match) return `PHASE${match[1]}`;
    ctx.report(
      'import/value-not-recognised',
      element,
      `"${trimmed}" is not a phase the registry lists; it was imported as written.`,
    );
    return trimmed;
  });
}

function maskingInfo(design: XmlNode): Record<string, unknown> | undefined {
  const none = codes.fromYesNo(design.text('no_masking'));
  const roles = codes.WHO_MASKED_ELEMENTS.filter(([, element]) => codes.fromYesNo(design.text(element)) === true).map(
    ([code]) => code,
  );
  design.ignore('masking');
  const description = design.textBlock('masking_description');
  if (none === undefined && roles.length === 0 && description === undefined) return undefined;
  const masking =
    none === true ? 'NONE' : roles.length > 0 ? codes.MASKING_BY_COUNT[Math.min(roles.length, 4)] : undefined;
  return { masking, maskingDescription: description, whoMasked: roles };
}

function targetDuration(design: XmlNode): string | undefined {
  const quantity = design.text('target_duration_quantity');
  const units = design.text('target_duration_units');
  if (quantity === undefined) return undefined;
  // v2 writes "1 Year", "5 Years"; the XSD's units are always plural.
  const unit = units && quantity.trim() === '1' ? units.replace(/s$/i, '') : (units ?? '');
  return `${quantity} ${unit}`.trim();
}

function outcomes(study: XmlNode, name: string): Record<string, unknown>[] {
  return study.all(name).map((outcome) => {
    outcome.ignore('outcome_safety_issue');
    return {
      measure: outcome.text('outcome_measure'),
      description: outcome.textBlock('outcome_description'),
      timeFrame: outcome.text('outcome_time_frame'),
    };
  });
}

/** "N/A" (no limit) → absent. */
export function age(text: string | undefined): string | undefined {
  return text === undefined || /^n\/?a$/i.test(text.trim()) ? undefined : text;
}

function uploadLocation(ctx: ImportContext, location: XmlNode): Record<string, unknown> {
  const facility = location.one('facility');
  const address = facility?.one('address');
  const contacts = [location.one('contact'), location.one('contact_backup')]
    .filter((node): node is XmlNode => node !== undefined)
    .map((contact) => ({
      name: personName(contact),
      role: 'CONTACT',
      phone: contact.text('phone'),
      phoneExt: contact.text('phone_ext'),
      email: contact.text('email'),
    }));
  const investigators = location.all('investigator').map((investigator) => ({
    name: personName(investigator),
    role: ctx.code(investigator, 'role', codes.SITE_INVESTIGATOR_ROLE),
  }));
  return {
    facility: facility?.text('name'),
    status: ctx.code(location, 'status', codes.LOCATION_STATUS),
    city: address?.text('city'),
    state: address?.text('state'),
    zip: address?.text('zip'),
    country: address?.text('country'),
    contacts: [...contacts, ...investigators],
  };
}

function ipdSharing(ctx: ImportContext, node: XmlNode | undefined): Record<string, unknown> | undefined {
  if (!node) return undefined;
  return {
    ipdSharing: ctx.code(node, 'sharing_ipd', codes.IPD_SHARING),
    description: node.textBlock('ipd_description'),
    infoTypes: codes.IPD_INFO_TYPE_ELEMENTS.filter(([, element]) => codes.fromYesNo(node.text(element)) === true).map(
      ([code]) => code,
    ),
    timeFrame: node.textBlock('ipd_time_frame'),
    accessCriteria: node.textBlock('ipd_access_criteria'),
    url: node.text('ipd_url'),
  };
}
