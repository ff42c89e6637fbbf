// The registry check catalogue (../shared/reference/prs-rules.md §1.1–1.15): every check id, and how it is covered
// when no rule names it: by the schema's requirements, or not at all (with the reason). Rules name their ids in their
// metadata (`catalogue`); docs/rules.md shows the coverage table and test/rules/catalogue.test.ts keeps it complete.

export interface CatalogueEntry {
  /** Check id as the catalogue spells it. */
  readonly id: string;
  /** Catalogue section, e.g. `1.4`. */
  readonly section: string;
  /** The catalogue's tier tag, e.g. `ERROR [DEF]`. */
  readonly tier: string;
  /** Covered by the schema step: the finding id and the fields. */
  readonly schema?: string;
  /** Not implemented, and why. */
  readonly notImplemented?: string;
}

export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    id: 'req-core-identification',
    section: '1.1',
    tier: 'ERROR [DEF]',
    schema: 'schema/required (briefTitle, orgStudyIdInfo.id)',
  },
  {
    id: 'req-official-title',
    section: '1.1',
    tier: 'ERROR if FR, else WARNING [DEF: *§]',
    schema: 'schema/required (officialTitle, from the Final Rule; schema/required-legacy before)',
  },
  {
    id: 'req-sponsor-rp',
    section: '1.1',
    tier: 'ERROR [DEF]',
    schema: 'schema/required (leadSponsor.name, responsibleParty.type)',
  },
  { id: 'req-brief-summary', section: '1.1', tier: 'ERROR [DEF]', schema: 'schema/required (briefSummary)' },
  { id: 'req-conditions', section: '1.1', tier: 'ERROR [DEF]', schema: 'schema/too-few (conditions)' },
  {
    id: 'req-status-block',
    section: '1.1',
    tier: 'ERROR [DEF]',
    schema: 'schema/required (overallStatus, statusVerifiedDate, date structs)',
  },
  {
    id: 'req-int-design',
    section: '1.1',
    tier: 'ERROR [DEF]',
    schema: 'schema/required (phases, allocation, interventionModel, primaryPurpose, masking, enrollmentInfo)',
  },
  {
    id: 'req-obs-design',
    section: '1.1',
    tier: 'ERROR [DEF; XSD marks them mandatory inside observational_design]',
    schema: 'schema/required (observationalModel, timePerspective, enrollmentInfo); schema/recommended (bioSpec)',
  },
  { id: 'req-int-arms-interventions', section: '1.1', tier: 'ERROR [DEF]' },
  { id: 'req-primary-outcome', section: '1.1', tier: 'ERROR [DEF]' },
  {
    id: 'req-eligibility',
    section: '1.1',
    tier: 'ERROR [DEF]; missing criteria text is also a Major comment [MAJ]',
    schema: 'schema/required (eligibilityCriteria, sex, healthyVolunteers)',
  },
  {
    id: 'req-intervention-description',
    section: '1.1',
    tier: 'ERROR [DEF: *§]',
    schema: 'schema/required (interventions[].description, from the Final Rule)',
  },
  {
    id: 'req-ea-types',
    section: '1.1',
    tier: 'ERROR [K; XSD no_exp_acc_type comment]',
    schema: 'schema/required (expandedAccessTypes)',
  },
  {
    id: 'type-int-fields-on-obs',
    section: '1.2',
    tier: 'ERROR [XSD: interventional_design and arm_type "iff study_type == i…',
  },
  {
    id: 'type-obs-fields-on-int',
    section: '1.2',
    tier: 'ERROR [XSD: observational_design, study_population and sampling_met…',
  },
  {
    id: 'type-status-vocabulary',
    section: '1.2',
    tier: 'ERROR [XSD: overall_status vs expanded_access_status are separate e…',
  },
  {
    id: 'type-registry-only-status',
    section: '1.2',
    tier: 'NOTE when the file is a transcription of a published record (has nc…',
  },
  { id: 'type-ea-not-collected', section: '1.2', tier: 'WARNING [P]' },
  {
    id: 'phase-combination',
    section: '1.3',
    tier: 'ERROR [XSD phase list: Early Phase 1, 1, 1/2, 2, 2/3, 3, 4, N/A]',
    schema: 'schema/too-many (more than two phases)',
  },
  { id: 'phase-na-for-drug', section: '1.3', tier: 'Advisory [K]' },
  {
    id: 'phase-set-for-non-drug',
    section: '1.3',
    tier: 'Advisory [DEF wording: N/A is for trials "without phases, e.g. devi…',
  },
  { id: 'phase-device-feasibility', section: '1.3', tier: 'Advisory [P]' },
  {
    id: 'design-single-group-multi-arm',
    section: '1.4',
    tier: 'WARNING [K] / Major in review ("inconsistent with other parts of th…',
  },
  { id: 'design-multi-model-one-arm', section: '1.4', tier: 'WARNING [K]' },
  { id: 'design-randomized-one-arm', section: '1.4', tier: 'ERROR [P]; Major in review [K]' },
  { id: 'design-allocation-na-multi-arm', section: '1.4', tier: 'WARNING [K]' },
  { id: 'design-single-arm-allocation', section: '1.4', tier: 'WARNING [K]' },
  {
    id: 'design-arm-count',
    section: '1.4',
    tier: 'ERROR [K]',
    notImplemented: 'API v2 records have no declared number of arms to compare with the list; the count is the list.',
  },
  { id: 'arm-label-unique', section: '1.4', tier: 'ERROR [K]' },
  {
    id: 'arm-type-required',
    section: '1.4',
    tier: 'ERROR [DEF]',
    schema: 'schema/required (armGroups[].type, interventional)',
  },
  { id: 'arm-description-missing', section: '1.4', tier: 'WARNING [DEF: conditionally required]' },
  { id: 'arm-without-intervention', section: '1.4', tier: 'ERROR [K]' },
  { id: 'arm-no-intervention-linked', section: '1.4', tier: 'ERROR [K]' },
  { id: 'intervention-not-in-arm', section: '1.4', tier: 'ERROR [DEF: cross-reference required when >1 arm]' },
  { id: 'crossref-dangling', section: '1.4', tier: 'ERROR [P]' },
  { id: 'crossref-asymmetric', section: '1.4', tier: 'ERROR [P]' },
  { id: 'intervention-name-unique', section: '1.4', tier: 'ERROR [K]' },
  {
    id: 'intervention-combination-duplicate',
    section: '1.4',
    tier: 'Advisory [DEF: "if the same intervention is associated with more th…',
  },
  {
    id: 'arm-comparator-receives-experimental',
    section: '1.4',
    tier: 'Major [MAJ: inconsistent with other parts of the record] (heuristic…',
  },
  { id: 'intervention-othername-dup', section: '1.4', tier: 'Advisory [P]' },
  { id: 'comparator-placebo-without-placebo', section: '1.4', tier: 'Advisory [P]' },
  { id: 'comparator-sham-type', section: '1.4', tier: 'Advisory [P]' },
  { id: 'comparator-no-experimental', section: '1.4', tier: 'Advisory [P]' },
  { id: 'obs-group-has-type', section: '1.4', tier: 'ERROR' },
  { id: 'masking-level-count', section: '1.5', tier: 'ERROR [K: PRS derives the level from the role check-boxes]' },
  {
    id: 'masking-none-with-roles',
    section: '1.5',
    tier: 'ERROR [XSD: "no_masking = yes → masked_* should all be no"]',
  },
  { id: 'masking-roles-without-level', section: '1.5', tier: 'ERROR [P]' },
  { id: 'masking-duplicate-role', section: '1.5', tier: 'ERROR [P]' },
  { id: 'masking-single-arm-blinded', section: '1.5', tier: 'Advisory [P]' },
  {
    id: 'enroll-integer',
    section: '1.6',
    tier: 'ERROR [OAS type integer]',
    schema: 'schema/range, schema/type (enrollmentInfo.count)',
  },
  {
    id: 'enroll-withdrawn-zero',
    section: '1.6',
    tier: 'ERROR [K; DEF defines Withdrawn as stopped before the first partici…',
  },
  { id: 'enroll-zero-not-withdrawn', section: '1.6', tier: 'WARNING [K]' },
  { id: 'enroll-actual-when-closed', section: '1.6', tier: 'ERROR [K]; Major in review' },
  { id: 'enroll-actual-active', section: '1.6', tier: 'WARNING [K]' },
  { id: 'enroll-actual-not-started', section: '1.6', tier: 'WARNING [P]' },
  { id: 'date-format', section: '1.7', tier: 'ERROR [OAS PartialDate]', schema: 'schema/format (partial dates)' },
  { id: 'date-type-missing', section: '1.7', tier: 'ERROR [DEF]', schema: 'schema/required (date struct type)' },
  { id: 'date-start-after-primary', section: '1.7', tier: 'ERROR [K]' },
  { id: 'date-primary-after-completion', section: '1.7', tier: 'ERROR [K]' },
  { id: 'date-start-after-completion', section: '1.7', tier: 'ERROR [K]' },
  { id: 'date-actual-in-future', section: '1.7', tier: 'ERROR [K]' },
  { id: 'date-estimated-in-past', section: '1.7', tier: 'WARNING [K]' },
  { id: 'status-not-yet-recruiting-actual-start', section: '1.7', tier: 'WARNING [K]' },
  { id: 'status-open-estimated-start', section: '1.7', tier: 'WARNING [K]' },
  { id: 'status-completed-dates-actual', section: '1.7', tier: 'ERROR [K]' },
  { id: 'status-open-completion-actual', section: '1.7', tier: 'WARNING [P]' },
  {
    id: 'status-overdue-open',
    section: '1.7',
    tier: 'WARNING [K]; becomes "Unknown status" after 2 years without verific…',
  },
  { id: 'status-why-stopped-required', section: '1.7', tier: 'ERROR [DEF]' },
  { id: 'status-why-stopped-unexpected', section: '1.7', tier: 'WARNING [P]' },
  { id: 'status-verified-future', section: '1.7', tier: 'ERROR [K]' },
  {
    id: 'status-verified-stale',
    section: '1.7',
    tier: 'WARNING [K; 42 CFR 11.64 asks for verification at least every 12 mo…',
  },
  {
    id: 'status-site-recruiting',
    section: '1.7',
    tier: 'ERROR [DEF: if any site is Recruiting the overall status must be Re…',
  },
  { id: 'status-site-open-after-close', section: '1.7', tier: 'WARNING [K]' },
  { id: 'status-unknown-stale', section: '1.7', tier: 'WARNING [P, from the [DS] definition of "Unknown status"]' },
  {
    id: 'date-day-precision',
    section: '1.7',
    tier: 'NOTE [K]',
    notImplemented:
      'Published Final Rule records give estimated dates as year-month; ' +
      'the note would fire on most records without telling the author anything actionable.',
  },
  {
    id: 'elig-age-format',
    section: '1.8',
    tier: 'ERROR [OAS pattern] (quick-fix: delete the key for "no limit")',
    schema: 'schema/format (minimumAge, maximumAge)',
  },
  { id: 'elig-age-order', section: '1.8', tier: 'ERROR [K]' },
  {
    id: 'elig-age-vs-criteria',
    section: '1.8',
    tier: 'Major [MAJ: "inconsistent with information in other parts of the re…',
  },
  {
    id: 'elig-sex-vs-criteria',
    section: '1.8',
    tier: 'Major [MAJ] (heuristic; report as Advisory unless confident)',
  },
  {
    id: 'elig-gender-based-description',
    section: '1.8',
    tier: 'ERROR [DEF: conditionally required]',
    schema: 'schema/conditionally-required (genderDescription when genderBased)',
  },
  {
    id: 'elig-gender-description-orphan',
    section: '1.8',
    tier: 'WARNING [K: PRS hides the field unless Gender Based = Yes]',
  },
  { id: 'elig-healthy-volunteers-vs-text', section: '1.8', tier: 'Advisory [P]' },
  {
    id: 'elig-criteria-structure',
    section: '1.8',
    tier: 'Advisory [DEF recommends bulleted lists under both headings]',
  },
  {
    id: 'elig-obs-population',
    section: '1.8',
    tier: 'ERROR [DEF; XSD "specify iff observational"]',
    schema: 'schema/required (studyPopulation, samplingMethod, observational)',
  },
  { id: 'elig-std-ages', section: '1.8', tier: 'WARNING [P]' },
  { id: 'elig-age-unit-number', section: '1.8', tier: 'NOTE [P]' },
  {
    id: 'outcome-title-required',
    section: '1.9',
    tier: 'ERROR [DEF]',
    schema: 'schema/required (outcome measure title)',
  },
  { id: 'outcome-time-frame-required', section: '1.9', tier: 'ERROR [DEF]' },
  {
    id: 'outcome-time-frame-numeral',
    section: '1.9',
    tier: 'ERROR for FR records, WARNING otherwise [NEW18 — stated for results…',
  },
  { id: 'outcome-nonspecific-title', section: '1.9', tier: 'WARNING [NEW18]' },
  { id: 'outcome-duplicate', section: '1.9', tier: 'WARNING [P] / Advisory in review [K]' },
  {
    id: 'outcome-multiple-measures',
    section: '1.9',
    tier: 'Advisory [K]',
    notImplemented:
      'Free-text heuristic ("X and Y" titles); real titles join words with "and" ' +
      'far more often than they join measures, so precision would not reach 90%.',
  },
  { id: 'outcome-vague-time-frame', section: '1.9', tier: 'Advisory [K]' },
  {
    id: 'outcome-results-in-text',
    section: '1.9',
    tier: 'Major [MAJ] (heuristic → Advisory)',
    notImplemented:
      'Free-text heuristic for results in outcome text; ' +
      'needs a reviewer-labelled set to tune; left out rather than cry wolf.',
  },
  {
    id: 'contact-required-when-recruiting',
    section: '1.10',
    tier: 'ERROR [DEF: central contact required if no facility contact]',
  },
  { id: 'contact-phone-or-email', section: '1.10', tier: 'ERROR [K]' },
  { id: 'contact-central-max', section: '1.10', tier: 'WARNING [XSD: overall_contact + overall_contact_backup]' },
  {
    id: 'contact-after-closure',
    section: '1.10',
    tier: 'NOTE [P]',
    notImplemented:
      'Unverified PRS behaviour (the registry hides contacts once enrollment ends), ' +
      'and published closed records keep their contacts: a finding would not be a problem.',
  },
  {
    id: 'location-us-state-zip',
    section: '1.10',
    tier: 'ERROR [XSD: state "required if country is USA"; zip (unverified)]',
    schema: 'schema/conditionally-required (state when the country is United States)',
  },
  { id: 'location-required-open', section: '1.10', tier: 'WARNING [K]' },
  { id: 'location-duplicate', section: '1.10', tier: 'WARNING [P]' },
  { id: 'location-status-on-closed-record', section: '1.10', tier: '(pointer to status-site-open-after-close)' },
  {
    id: 'official-role-valid',
    section: '1.10',
    tier: 'WARNING [XSD lists PI / Study Chair / Study Director for overall of…',
  },
  {
    id: 'payment-info',
    section: '1.10',
    tier: 'Major [MAJ] (heuristic → Advisory)',
    notImplemented: 'Free-text heuristic for payment amounts; left out rather than cry wolf.',
  },
  {
    id: 'fdaaa-product-flags',
    section: '1.11',
    tier: 'ERROR [DEF: *§]',
    schema: 'schema/required (isFdaRegulatedDrug, isFdaRegulatedDevice: interventional, Final Rule)',
  },
  {
    id: 'fdaaa-unapproved-device',
    section: '1.11',
    tier: 'ERROR [DEF]',
    notImplemented:
      'API v2 omits a No answer to "unapproved device", so a missing answer cannot be told from No in a record file.',
  },
  { id: 'fdaaa-unapproved-without-device', section: '1.11', tier: 'WARNING [P]' },
  {
    id: 'fdaaa-ppsd',
    section: '1.11',
    tier: 'ERROR [K: exact trigger unverified]',
    notImplemented:
      'API v2 omits a No answer to "pediatric postmarket surveillance" (no corpus ' +
      'record carries the key), so a missing answer cannot be told from No.',
  },
  { id: 'fdaaa-us-export', section: '1.11', tier: 'WARNING (ERROR in PRS when the IND/IDE answer is "No") [DS]' },
  { id: 'fdaaa-flag-vs-interventions', section: '1.11', tier: 'Advisory [P]' },
  {
    id: 'fdaaa-expanded-access-availability',
    section: '1.11',
    tier: 'WARNING [K; XSD holds has_expanded_access inside ind_info, i.e. ask…',
  },
  { id: 'fdaaa-expanded-access-nct', section: '1.11', tier: 'ERROR / WARNING [P]' },
  { id: 'fdaaa-probable-act', section: '1.11', tier: 'NOTE [P, from the ACT definition in 42 CFR 11.22]' },
  {
    id: 'fdaaa-obs-optional',
    section: '1.11',
    tier: '(no diagnostic)',
    schema: 'schema (the FDA questions are required for interventional records only: no finding on observational ones)',
  },
  {
    id: 'rp-investigator-fields',
    section: '1.12',
    tier: 'ERROR [DEF; XSD: investigator_* "only used when RP type is one of t…',
  },
  { id: 'rp-sponsor-with-investigator', section: '1.12', tier: 'WARNING [P]' },
  {
    id: 'id-nct-format',
    section: '1.12',
    tier: 'ERROR [OAS nct, 11 chars]',
    schema: 'schema/format (nctId, nctIdAliases, expandedAccessInfo.nctId)',
  },
  {
    id: 'id-secondary-domain',
    section: '1.12',
    tier: 'ERROR [XSD comments on id_domain]',
    schema: 'schema/conditionally-required (secondaryIdInfos[].domain)',
  },
  { id: 'id-secondary-same-as-org', section: '1.12', tier: 'WARNING [K]' },
  { id: 'id-secondary-duplicate', section: '1.12', tier: 'WARNING [P]' },
  { id: 'id-eudract-ctis-format', section: '1.12', tier: 'WARNING [P]' },
  {
    id: 'id-acronym-in-title',
    section: '1.12',
    tier: 'Advisory [K: PRS appends the acronym to the brief title on display]',
  },
  { id: 'sponsor-collaborator-dup', section: '1.12', tier: 'WARNING [P]' },
  {
    id: 'obs-biospec-description',
    section: '1.13',
    tier: 'ERROR / WARNING [XSD: biospecimen_description "iff biospecimens are…',
    schema: 'schema/conditionally-required (bioSpec.description when specimens are retained)',
  },
  {
    id: 'obs-registry-duration',
    section: '1.13',
    tier: 'ERROR / WARNING [XSD: "specify target_duration_* if yes"]',
    schema: 'schema/conditionally-required (targetDuration for patient registries)',
  },
  { id: 'obs-duration-units', section: '1.13', tier: 'WARNING [XSD units]' },
  {
    id: 'ea-status-linked',
    section: '1.13',
    tier: 'NOTE [DS]',
    notImplemented:
      'The status of a linked expanded-access record is derived by the registry; ' +
      'no corpus record authors it, so there is nothing to test a rule against.',
  },
  {
    id: 'ipd-details-only-if-yes',
    section: '1.14',
    tier: 'ERROR [XSD: those sub-elements "only apply if sharing_ipd = yes"]',
  },
  { id: 'ipd-yes-incomplete', section: '1.14', tier: 'WARNING [K]' },
  {
    id: 'ipd-description-without-plan',
    section: '1.14',
    tier: 'ERROR [XSD: "ipd_description: specify only if sharing_ipd is specif…',
  },
  {
    id: 'ref-citation-or-pmid',
    section: '1.14',
    tier: 'ERROR [K]',
    schema: 'schema/conditionally-required (citation when there is no PMID)',
  },
  { id: 'ref-pmid-format', section: '1.14', tier: 'ERROR [P]' },
  { id: 'ref-derived-authored', section: '1.14', tier: 'WARNING [DS]' },
  { id: 'link-url-scheme', section: '1.14', tier: 'ERROR [DEF: complete URL including scheme]' },
  {
    id: 'link-description-required',
    section: '1.14',
    tier: 'ERROR [XSD link/description mandatory]',
    schema: 'schema/required (seeAlsoLinks[].label)',
  },
  { id: 'availipd-type', section: '1.14', tier: 'WARNING [XSD study_document_type comment]' },
  { id: 'text-limit', section: '1.15', tier: 'ERROR [DEF]', schema: 'schema/too-long (every limited field)' },
  { id: 'text-blank', section: '1.15', tier: 'ERROR [P]' },
  {
    id: 'text-results-in-summary',
    section: '1.15',
    tier: 'Major [MAJ] (heuristic → Advisory)',
    notImplemented:
      'Free-text heuristic for results in summaries ("was effective", p-values); ' +
      'background sections cite earlier results, so precision would be low.',
  },
  {
    id: 'text-brief-summary-promotional',
    section: '1.15',
    tier: 'Advisory [K]',
    notImplemented: 'Free-text heuristic for promotional wording; left out rather than cry wolf.',
  },
  {
    id: 'text-undefined-abbrev',
    section: '1.15',
    tier: 'Advisory [K]',
    notImplemented: 'Needs a dictionary of common abbreviations to tell defined from undefined ones; left out.',
  },
];
