// The rule registry. Keep the imports and ALL_RULES sorted by rule id; test/meta/rules.test.ts checks
// that every rule file is listed here.
import type { Rule } from './defineRule';
import armsArmWithoutIntervention from './arms/arm-without-intervention';
import armsCombinedInterventionDuplicate from './arms/combined-intervention-duplicate';
import armsComparatorReceivesExperimental from './arms/comparator-receives-experimental';
import armsCrossReferenceMismatch from './arms/cross-reference-mismatch';
import armsDuplicateArmLabel from './arms/duplicate-arm-label';
import armsDuplicateInterventionName from './arms/duplicate-intervention-name';
import armsExperimentalArmOnlyPlacebo from './arms/experimental-arm-only-placebo';
import armsInterventionNotInArm from './arms/intervention-not-in-arm';
import armsNoArmGroups from './arms/no-arm-groups';
import armsNoExperimentalArm from './arms/no-experimental-arm';
import armsNoInterventionArmWithInterventions from './arms/no-intervention-arm-with-interventions';
import armsPlaceboComparatorWithoutPlacebo from './arms/placebo-comparator-without-placebo';
import armsShamComparatorWithoutSham from './arms/sham-comparator-without-sham';
import armsUnknownArmLabel from './arms/unknown-arm-label';
import armsUnknownInterventionName from './arms/unknown-intervention-name';
import contactsRecruitingWithoutContact from './contacts/recruiting-without-contact';
import contactsResponsibleInvestigatorIncomplete from './contacts/responsible-investigator-incomplete';
import datesActualDateAfterVerification from './dates/actual-date-after-verification';
import datesActualDateInFuture from './dates/actual-date-in-future';
import datesEstimatedDateOnClosedStudy from './dates/estimated-date-on-closed-study';
import datesPrimaryCompletionAfterCompletion from './dates/primary-completion-after-completion';
import datesStartAfterCompletion from './dates/start-after-completion';
import datesStartAfterPrimaryCompletion from './dates/start-after-primary-completion';
import designAllocationNaMultipleArms from './design/allocation-na-multiple-arms';
import designInterventionalFieldsOnNonInterventional from './design/interventional-fields-on-non-interventional';
import designMultiArmModelSingleArm from './design/multi-arm-model-single-arm';
import designObservationalFieldsOnInterventional from './design/observational-fields-on-interventional';
import designRandomizedSingleArm from './design/randomized-single-arm';
import designSingleArmAllocation from './design/single-arm-allocation';
import designSingleGroupMultipleArms from './design/single-group-multiple-arms';
import eligibilityAgeInTextVsLimits from './eligibility/age-in-text-vs-limits';
import eligibilityHealthyVolunteersVsCriteria from './eligibility/healthy-volunteers-vs-criteria';
import eligibilityMinAgeAboveMaxAge from './eligibility/min-age-above-max-age';
import eligibilitySexAllCriteriaOneSex from './eligibility/sex-all-criteria-one-sex';
import eligibilityStdAgesVsAgeLimits from './eligibility/std-ages-vs-age-limits';
import enrollmentClosedWithEstimatedEnrollment from './enrollment/closed-with-estimated-enrollment';
import enrollmentWithdrawnWithEnrollment from './enrollment/withdrawn-with-enrollment';
import maskingDuplicateRole from './masking/duplicate-role';
import maskingLevelRoleCount from './masking/level-role-count';
import maskingNoneWithRoles from './masking/none-with-roles';
import maskingOpenLabelPlacebo from './masking/open-label-placebo';
import outcomesDuplicateOutcome from './outcomes/duplicate-outcome';
import outcomesMissingPrimaryOutcome from './outcomes/missing-primary-outcome';
import outcomesMissingTimeFrame from './outcomes/missing-time-frame';
import phaseDrugTrialPhaseNa from './phase/drug-trial-phase-na';
import phaseNonDrugTrialWithPhase from './phase/non-drug-trial-with-phase';
import phaseObservationalWithPhase from './phase/observational-with-phase';
import statusNotYetRecruitingActualStart from './status/not-yet-recruiting-actual-start';
import statusSiteOpenAfterClose from './status/site-open-after-close';
import statusSiteRecruitingOverallNotRecruiting from './status/site-recruiting-overall-not-recruiting';
import statusUnknownStatusOpenSite from './status/unknown-status-open-site';
import statusWhyStoppedMissing from './status/why-stopped-missing';
import statusWhyStoppedOnActiveStudy from './status/why-stopped-on-active-study';
import textAcronymTooLong from './text/acronym-too-long';
import textBriefTitleSameAsOfficial from './text/brief-title-same-as-official';
import textSummaryRepeatsTitle from './text/summary-repeats-title';
import textTemplateHintLeft from './text/template-hint-left';
import textTitleAllCaps from './text/title-all-caps';

/** Every rule, sorted by id. */
export const ALL_RULES: readonly Rule[] = [
  armsArmWithoutIntervention,
  armsCombinedInterventionDuplicate,
  armsComparatorReceivesExperimental,
  armsCrossReferenceMismatch,
  armsDuplicateArmLabel,
  armsDuplicateInterventionName,
  armsExperimentalArmOnlyPlacebo,
  armsInterventionNotInArm,
  armsNoArmGroups,
  armsNoExperimentalArm,
  armsNoInterventionArmWithInterventions,
  armsPlaceboComparatorWithoutPlacebo,
  armsShamComparatorWithoutSham,
  armsUnknownArmLabel,
  armsUnknownInterventionName,
  contactsRecruitingWithoutContact,
  contactsResponsibleInvestigatorIncomplete,
  datesActualDateAfterVerification,
  datesActualDateInFuture,
  datesEstimatedDateOnClosedStudy,
  datesPrimaryCompletionAfterCompletion,
  datesStartAfterCompletion,
  datesStartAfterPrimaryCompletion,
  designAllocationNaMultipleArms,
  designInterventionalFieldsOnNonInterventional,
  designMultiArmModelSingleArm,
  designObservationalFieldsOnInterventional,
  designRandomizedSingleArm,
  designSingleArmAllocation,
  designSingleGroupMultipleArms,
  eligibilityAgeInTextVsLimits,
  eligibilityHealthyVolunteersVsCriteria,
  eligibilityMinAgeAboveMaxAge,
  eligibilitySexAllCriteriaOneSex,
  eligibilityStdAgesVsAgeLimits,
  enrollmentClosedWithEstimatedEnrollment,
  enrollmentWithdrawnWithEnrollment,
  maskingDuplicateRole,
  maskingLevelRoleCount,
  maskingNoneWithRoles,
  maskingOpenLabelPlacebo,
  outcomesDuplicateOutcome,
  outcomesMissingPrimaryOutcome,
  outcomesMissingTimeFrame,
  phaseDrugTrialPhaseNa,
  phaseNonDrugTrialWithPhase,
  phaseObservationalWithPhase,
  statusNotYetRecruitingActualStart,
  statusSiteOpenAfterClose,
  statusSiteRecruitingOverallNotRecruiting,
  statusUnknownStatusOpenSite,
  statusWhyStoppedMissing,
  statusWhyStoppedOnActiveStudy,
  textAcronymTooLong,
  textBriefTitleSameAsOfficial,
  textSummaryRepeatsTitle,
  textTemplateHintLeft,
  textTitleAllCaps,
];

/** Rules by id. */
export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(ALL_RULES.map((rule) => [rule.id, rule]));

export type { Rule, RuleContext, RuleMeta, RuleReport } from './defineRule';
export { defineRule } from './defineRule';
