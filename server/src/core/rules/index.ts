// The rule registry. Keep the imports and ALL_RULES sorted by rule id; test/meta/rules.test.ts checks
// that every rule file is listed here.
import type { Rule } from './defineRule';
import armsArmDescriptionMissing from './arms/arm-description-missing';
import armsArmWithoutIntervention from './arms/arm-without-intervention';
import armsCombinedInterventionDuplicate from './arms/combined-intervention-duplicate';
import armsComparatorOnlyExperimentalProduct from './arms/comparator-only-experimental-product';
import armsComparatorReceivesExperimental from './arms/comparator-receives-experimental';
import armsCrossReferenceMismatch from './arms/cross-reference-mismatch';
import armsDuplicateArmLabel from './arms/duplicate-arm-label';
import armsDuplicateInterventionName from './arms/duplicate-intervention-name';
import armsExperimentalArmOnlyPlacebo from './arms/experimental-arm-only-placebo';
import armsFinalRuleWithoutArms from './arms/final-rule-without-arms';
import armsInterventionNotInArm from './arms/intervention-not-in-arm';
import armsNoArmGroups from './arms/no-arm-groups';
import armsNoExperimentalArm from './arms/no-experimental-arm';
import armsNoInterventionArmWithInterventions from './arms/no-intervention-arm-with-interventions';
import armsOtherNameRepeatsName from './arms/other-name-repeats-name';
import armsPlaceboComparatorWithoutPlacebo from './arms/placebo-comparator-without-placebo';
import armsShamComparatorWithoutSham from './arms/sham-comparator-without-sham';
import armsUnknownArmLabel from './arms/unknown-arm-label';
import armsUnknownInterventionName from './arms/unknown-intervention-name';
import contactsContactWithoutPhoneOrEmail from './contacts/contact-without-phone-or-email';
import contactsDuplicateLocation from './contacts/duplicate-location';
import contactsRecruitingWithoutContact from './contacts/recruiting-without-contact';
import contactsRecruitingWithoutLocations from './contacts/recruiting-without-locations';
import contactsResponsibleInvestigatorIncomplete from './contacts/responsible-investigator-incomplete';
import contactsSubInvestigatorOfficial from './contacts/sub-investigator-official';
import contactsTooManyCentralContacts from './contacts/too-many-central-contacts';
import datesActualDateAfterVerification from './dates/actual-date-after-verification';
import datesActualDateInFuture from './dates/actual-date-in-future';
import datesEstimatedDateLongPast from './dates/estimated-date-long-past';
import datesEstimatedDateOnClosedStudy from './dates/estimated-date-on-closed-study';
import datesPrimaryCompletionAfterCompletion from './dates/primary-completion-after-completion';
import datesStartAfterCompletion from './dates/start-after-completion';
import datesStartAfterPrimaryCompletion from './dates/start-after-primary-completion';
import datesVerificationInFuture from './dates/verification-in-future';
import designAllocationNaMultipleArms from './design/allocation-na-multiple-arms';
import designBiospecDescriptionWithoutSpecimens from './design/biospec-description-without-specimens';
import designExpandedAccessExtraData from './design/expanded-access-extra-data';
import designInterventionalFieldsOnNonInterventional from './design/interventional-fields-on-non-interventional';
import designMultiArmModelSingleArm from './design/multi-arm-model-single-arm';
import designObservationalDescribesAssignment from './design/observational-describes-assignment';
import designObservationalFieldsOnInterventional from './design/observational-fields-on-interventional';
import designRandomizedSingleArm from './design/randomized-single-arm';
import designSingleArmAllocation from './design/single-arm-allocation';
import designSingleGroupMultipleArms from './design/single-group-multiple-arms';
import designTargetDurationUnits from './design/target-duration-units';
import designTargetDurationWithoutRegistry from './design/target-duration-without-registry';
import designTitleVsDesign from './design/title-vs-design';
import eligibilityAgeInTextVsLimits from './eligibility/age-in-text-vs-limits';
import eligibilityAgeUnitNumber from './eligibility/age-unit-number';
import eligibilityCriteriaHeadings from './eligibility/criteria-headings';
import eligibilityGenderDescriptionOrphan from './eligibility/gender-description-orphan';
import eligibilityHealthyVolunteersVsCriteria from './eligibility/healthy-volunteers-vs-criteria';
import eligibilityMinAgeAboveMaxAge from './eligibility/min-age-above-max-age';
import eligibilitySexAllCriteriaOneSex from './eligibility/sex-all-criteria-one-sex';
import eligibilityStdAgesVsAgeLimits from './eligibility/std-ages-vs-age-limits';
import enrollmentActiveWithEstimatedEnrollment from './enrollment/active-with-estimated-enrollment';
import enrollmentClosedWithEstimatedEnrollment from './enrollment/closed-with-estimated-enrollment';
import enrollmentNotYetRecruitingWithEnrollment from './enrollment/not-yet-recruiting-with-enrollment';
import enrollmentWithdrawnWithEnrollment from './enrollment/withdrawn-with-enrollment';
import enrollmentZeroEnrollmentNotWithdrawn from './enrollment/zero-enrollment-not-withdrawn';
import identificationAcronymInTitle from './identification/acronym-in-title';
import identificationDuplicateSecondaryId from './identification/duplicate-secondary-id';
import identificationEuTrialNumberFormat from './identification/eu-trial-number-format';
import identificationSecondaryIdSameAsOrg from './identification/secondary-id-same-as-org';
import ipdDetailsWithoutSharing from './ipd/details-without-sharing';
import ipdSharingPlanIncomplete from './ipd/sharing-plan-incomplete';
import maskingDuplicateRole from './masking/duplicate-role';
import maskingLevelRoleCount from './masking/level-role-count';
import maskingNoneWithRoles from './masking/none-with-roles';
import maskingOpenLabelPlacebo from './masking/open-label-placebo';
import maskingRolesWithoutLevel from './masking/roles-without-level';
import maskingSingleArmDoubleBlind from './masking/single-arm-double-blind';
import outcomesDuplicateOutcome from './outcomes/duplicate-outcome';
import outcomesMissingPrimaryOutcome from './outcomes/missing-primary-outcome';
import outcomesMissingTimeFrame from './outcomes/missing-time-frame';
import outcomesNonspecificTitle from './outcomes/nonspecific-title';
import outcomesTimeFrameNumeral from './outcomes/time-frame-numeral';
import outcomesVagueTimeFrame from './outcomes/vague-time-frame';
import oversightDeviceAnswersWithoutDevice from './oversight/device-answers-without-device';
import oversightExpandedAccessNotStated from './oversight/expanded-access-not-stated';
import oversightExpandedAccessRecordMismatch from './oversight/expanded-access-record-mismatch';
import oversightFdaFlagsVsInterventions from './oversight/fda-flags-vs-interventions';
import oversightUsExportNotStated from './oversight/us-export-not-stated';
import phaseDeviceFeasibilityWithoutDevice from './phase/device-feasibility-without-device';
import phaseDrugTrialPhaseNa from './phase/drug-trial-phase-na';
import phaseInvalidCombination from './phase/invalid-combination';
import phaseNonDrugTrialWithPhase from './phase/non-drug-trial-with-phase';
import phaseObservationalWithPhase from './phase/observational-with-phase';
import resultsAdverseEventCounts from './results/adverse-event-counts';
import resultsAnalysisInconsistent from './results/analysis-inconsistent';
import resultsAtRiskAboveStarted from './results/at-risk-above-started';
import resultsBaselineDoesNotAddUp from './results/baseline-does-not-add-up';
import resultsBaselineVsStarted from './results/baseline-vs-started';
import resultsCountExceedsAnalyzed from './results/count-exceeds-analyzed';
import resultsDispersionDoesNotMatchParameter from './results/dispersion-does-not-match-parameter';
import resultsFinalRuleItemMissing from './results/final-rule-item-missing';
import resultsFlowDoesNotAddUp from './results/flow-does-not-add-up';
import resultsOtherEventBelowThreshold from './results/other-event-below-threshold';
import resultsOutcomeAnalyzedAboveStarted from './results/outcome-analyzed-above-started';
import resultsOutcomeNotRegistered from './results/outcome-not-registered';
import resultsResultsStatusMismatch from './results/results-status-mismatch';
import resultsStartedVsEnrollment from './results/started-vs-enrollment';
import resultsUnitDoesNotMatchTitle from './results/unit-does-not-match-title';
import resultsUnknownGroupId from './results/unknown-group-id';
import resultsZeroAnalyzedUnexplained from './results/zero-analyzed-unexplained';
import referencesAvailIpdType from './references/avail-ipd-type';
import referencesDerivedReferenceInDraft from './references/derived-reference-in-draft';
import referencesPmidFormat from './references/pmid-format';
import referencesUrlScheme from './references/url-scheme';
import sponsorLeadSponsorAsCollaborator from './sponsor/lead-sponsor-as-collaborator';
import sponsorSponsorWithInvestigatorFields from './sponsor/sponsor-with-investigator-fields';
import statusNotYetRecruitingActualStart from './status/not-yet-recruiting-actual-start';
import statusOpenAfterCompletion from './status/open-after-completion';
import statusOpenEstimatedStart from './status/open-estimated-start';
import statusRegistryAssignedStatus from './status/registry-assigned-status';
import statusResultsOverdue from './status/results-overdue';
import statusSiteOpenAfterClose from './status/site-open-after-close';
import statusSiteRecruitingOverallNotRecruiting from './status/site-recruiting-overall-not-recruiting';
import statusStatusVocabulary from './status/status-vocabulary';
import statusUnknownStatusOpenSite from './status/unknown-status-open-site';
import statusVerificationStale from './status/verification-stale';
import statusWhyStoppedMissing from './status/why-stopped-missing';
import statusWhyStoppedOnActiveStudy from './status/why-stopped-on-active-study';
import statusWithdrawnWithActualStart from './status/withdrawn-with-actual-start';
import textAcronymTooLong from './text/acronym-too-long';
import textBlankValue from './text/blank-value';
import textBriefTitleSameAsOfficial from './text/brief-title-same-as-official';
import textSummaryRepeatsTitle from './text/summary-repeats-title';
import textTitleAllCaps from './text/title-all-caps';

/** Every rule, sorted by id. */
export const ALL_RULES: readonly Rule[] = [
  armsArmDescriptionMissing,
  armsArmWithoutIntervention,
  armsCombinedInterventionDuplicate,
  armsComparatorOnlyExperimentalProduct,
  armsComparatorReceivesExperimental,
  armsCrossReferenceMismatch,
  armsDuplicateArmLabel,
  armsDuplicateInterventionName,
  armsExperimentalArmOnlyPlacebo,
  armsFinalRuleWithoutArms,
  armsInterventionNotInArm,
  armsNoArmGroups,
  armsNoExperimentalArm,
  armsNoInterventionArmWithInterventions,
  armsOtherNameRepeatsName,
  armsPlaceboComparatorWithoutPlacebo,
  armsShamComparatorWithoutSham,
  armsUnknownArmLabel,
  armsUnknownInterventionName,
  contactsContactWithoutPhoneOrEmail,
  contactsDuplicateLocation,
  contactsRecruitingWithoutContact,
  contactsRecruitingWithoutLocations,
  contactsResponsibleInvestigatorIncomplete,
  contactsSubInvestigatorOfficial,
  contactsTooManyCentralContacts,
  datesActualDateAfterVerification,
  datesActualDateInFuture,
  datesEstimatedDateLongPast,
  datesEstimatedDateOnClosedStudy,
  datesPrimaryCompletionAfterCompletion,
  datesStartAfterCompletion,
  datesStartAfterPrimaryCompletion,
  datesVerificationInFuture,
  designAllocationNaMultipleArms,
  designBiospecDescriptionWithoutSpecimens,
  designExpandedAccessExtraData,
  designInterventionalFieldsOnNonInterventional,
  designMultiArmModelSingleArm,
  designObservationalDescribesAssignment,
  designObservationalFieldsOnInterventional,
  designRandomizedSingleArm,
  designSingleArmAllocation,
  designSingleGroupMultipleArms,
  designTargetDurationUnits,
  designTargetDurationWithoutRegistry,
  designTitleVsDesign,
  eligibilityAgeInTextVsLimits,
  eligibilityAgeUnitNumber,
  eligibilityCriteriaHeadings,
  eligibilityGenderDescriptionOrphan,
  eligibilityHealthyVolunteersVsCriteria,
  eligibilityMinAgeAboveMaxAge,
  eligibilitySexAllCriteriaOneSex,
  eligibilityStdAgesVsAgeLimits,
  enrollmentActiveWithEstimatedEnrollment,
  enrollmentClosedWithEstimatedEnrollment,
  enrollmentNotYetRecruitingWithEnrollment,
  enrollmentWithdrawnWithEnrollment,
  enrollmentZeroEnrollmentNotWithdrawn,
  identificationAcronymInTitle,
  identificationDuplicateSecondaryId,
  identificationEuTrialNumberFormat,
  identificationSecondaryIdSameAsOrg,
  ipdDetailsWithoutSharing,
  ipdSharingPlanIncomplete,
  maskingDuplicateRole,
  maskingLevelRoleCount,
  maskingNoneWithRoles,
  maskingOpenLabelPlacebo,
  maskingRolesWithoutLevel,
  maskingSingleArmDoubleBlind,
  outcomesDuplicateOutcome,
  outcomesMissingPrimaryOutcome,
  outcomesMissingTimeFrame,
  outcomesNonspecificTitle,
  outcomesTimeFrameNumeral,
  outcomesVagueTimeFrame,
  oversightDeviceAnswersWithoutDevice,
  oversightExpandedAccessNotStated,
  oversightExpandedAccessRecordMismatch,
  oversightFdaFlagsVsInterventions,
  oversightUsExportNotStated,
  phaseDeviceFeasibilityWithoutDevice,
  phaseDrugTrialPhaseNa,
  phaseInvalidCombination,
  phaseNonDrugTrialWithPhase,
  phaseObservationalWithPhase,
  resultsAdverseEventCounts,
  resultsAnalysisInconsistent,
  resultsAtRiskAboveStarted,
  resultsBaselineDoesNotAddUp,
  resultsBaselineVsStarted,
  resultsCountExceedsAnalyzed,
  resultsDispersionDoesNotMatchParameter,
  resultsFinalRuleItemMissing,
  resultsFlowDoesNotAddUp,
  resultsOtherEventBelowThreshold,
  resultsOutcomeAnalyzedAboveStarted,
  resultsOutcomeNotRegistered,
  resultsResultsStatusMismatch,
  resultsStartedVsEnrollment,
  resultsUnitDoesNotMatchTitle,
  resultsUnknownGroupId,
  resultsZeroAnalyzedUnexplained,
  referencesAvailIpdType,
  referencesDerivedReferenceInDraft,
  referencesPmidFormat,
  referencesUrlScheme,
  sponsorLeadSponsorAsCollaborator,
  sponsorSponsorWithInvestigatorFields,
  statusNotYetRecruitingActualStart,
  statusOpenAfterCompletion,
  statusOpenEstimatedStart,
  statusRegistryAssignedStatus,
  statusResultsOverdue,
  statusSiteOpenAfterClose,
  statusSiteRecruitingOverallNotRecruiting,
  statusStatusVocabulary,
  statusUnknownStatusOpenSite,
  statusVerificationStale,
  statusWhyStoppedMissing,
  statusWhyStoppedOnActiveStudy,
  statusWithdrawnWithActualStart,
  textAcronymTooLong,
  textBlankValue,
  textBriefTitleSameAsOfficial,
  textSummaryRepeatsTitle,
  textTitleAllCaps,
];

/** Rules by id. */
export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(ALL_RULES.map((rule) => [rule.id, rule]));

export type { Rule, RuleContext, RuleMeta, RuleReport } from './defineRule';
export { defineRule } from './defineRule';
