import { DateType, ExpandedAccessStatus, Status } from './enums';
import { bool, enumOf, fullDate, markup, nctId, object, partialDate } from './fields';
import { conditional, derived, requiredFor, required, requiredFinalRule, type Requirement } from './meta';

const stoppedStatuses = new Set(['SUSPENDED', 'TERMINATED', 'WITHDRAWN']);

/** `{ date, type }` with a partial date, for the study's own milestones. */
function milestone(title: string, description: string, requirement: Requirement) {
  return object(
    {
      date: partialDate({ title, description, requirement }),
      type: enumOf(DateType, {
        title: `${title} Type`,
        description:
          `Whether the ${title.toLowerCase()} has happened ` +
          `(Actual) or is expected (Estimated; PRS "Anticipated").`,
        requirement,
      }),
    },
    { title, description, requirement },
  );
}

/** `{ date, type }` with a full date, for dates the registry assigns. */
function registryDate(title: string, description: string) {
  return object(
    {
      date: fullDate({ title, description, requirement: derived }),
      type: enumOf(DateType, {
        title: `${title} Type`,
        description: `Whether the ${title.toLowerCase()} is actual or estimated.`,
        requirement: derived,
      }),
    },
    { title, description, requirement: derived },
  );
}

function registryDay(title: string, description: string) {
  return fullDate({ title, description, requirement: derived });
}

// Expanded access records do not collect these dates (data model §2).
const interventionalOrObservational = ['INTERVENTIONAL', 'OBSERVATIONAL'] as const;

export const statusModule = object(
  {
    statusVerifiedDate: partialDate({
      title: 'Record Verification Date',
      description: 'The month and year the responsible party last confirmed the record is accurate (YYYY-MM).',
      requirement: required,
    }),
    overallStatus: enumOf(Status, {
      title: 'Overall Recruitment Status',
      description:
        'The recruitment status of the whole study. Expanded access records use Available, ' +
        'No longer available, Temporarily not available or Approved for marketing.',
      requirement: required,
    }),
    lastKnownStatus: enumOf(Status, {
      title: 'Last Known Status',
      description: 'Set by the registry when the overall status became Unknown status.',
      requirement: derived,
    }),
    delayedPosting: bool({
      title: 'Delayed Posting',
      description:
        'Posting of a device record is delayed until FDA approval or ' +
        'clearance ("Post Prior to U.S. FDA Approval or Clearance").',
      requirement: conditional('for device records whose posting is delayed (unverified)'),
    }),
    whyStopped: markup({
      title: 'Why Study Stopped',
      description: 'A brief explanation of why the study stopped recruiting or was withdrawn.',
      requirement: conditional(
        'when Overall Recruitment Status is Suspended, Terminated or Withdrawn',
        ({ parent }) => typeof parent.overallStatus === 'string' && stoppedStatuses.has(parent.overallStatus),
      ),
      limit: 250,
    }),
    expandedAccessInfo: object(
      {
        hasExpandedAccess: bool({
          title: 'Availability of Expanded Access',
          description: 'Whether expanded access to the investigational product is available. Absent when unknown.',
          requirement: conditional('for interventional studies of FDA-regulated drug products'),
        }),
        nctId: nctId({
          title: 'Expanded Access Record NCT Number',
          description: 'NCT number of the linked expanded access record, if there is one.',
          requirement: conditional('when expanded access is available and has its own record'),
          limit: 11,
        }),
        statusForNctId: enumOf(ExpandedAccessStatus, {
          title: 'Expanded Access Status',
          description: 'Status of the linked expanded access record.',
          requirement: derived,
        }),
      },
      {
        title: 'Expanded Access',
        description: 'Availability of expanded access to the investigational product.',
        requirement: conditional('for FDA-regulated drug products'),
      },
    ),
    startDateStruct: milestone(
      'Study Start Date',
      'When the first participant was enrolled (Actual) or is expected to be (Estimated).',
      requiredFor(interventionalOrObservational),
    ),
    primaryCompletionDateStruct: milestone(
      'Primary Completion Date',
      'When the last participant was examined or received an intervention for the primary outcome measures.',
      requiredFor(interventionalOrObservational),
    ),
    completionDateStruct: milestone(
      'Study Completion Date',
      'When the last participant was examined or received an intervention ' +
        'for the primary and secondary outcome measures and adverse events.',
      { ...requiredFinalRule, studyTypes: interventionalOrObservational },
    ),
    studyFirstSubmitDate: registryDay('First Submitted', 'When the record was first submitted to the registry.'),
    studyFirstSubmitQcDate: registryDay(
      'First Submitted that Met QC Criteria',
      'When the first submission passed quality control review.',
    ),
    studyFirstPostDateStruct: registryDate('First Posted', 'When the record was first posted on ClinicalTrials.gov.'),
    resultsWaived: bool({
      title: 'Results Waived',
      description: 'The requirement to submit results was waived.',
      requirement: derived,
    }),
    resultsFirstSubmitDate: registryDay('Results First Submitted', 'When results were first submitted.'),
    resultsFirstSubmitQcDate: registryDay(
      'Results First Submitted that Met QC Criteria',
      'When the first results submission passed quality control review.',
    ),
    resultsFirstPostDateStruct: registryDate('Results First Posted', 'When results were first posted.'),
    dispFirstSubmitDate: registryDay(
      'Certification/Extension First Submitted',
      'When a certification or extension request to delay results was first submitted.',
    ),
    dispFirstSubmitQcDate: registryDay(
      'Certification/Extension First Submitted that Met QC Criteria',
      'When the certification or extension request passed quality control review.',
    ),
    dispFirstPostDateStruct: registryDate(
      'Certification/Extension First Posted',
      'When the certification or extension request was first posted.',
    ),
    lastUpdateSubmitDate: registryDay('Last Update Submitted', 'When the latest update was submitted.'),
    lastUpdatePostDateStruct: registryDate('Last Update Posted', 'When the latest update was posted.'),
  },
  { title: 'Study Status', description: 'Recruitment status and key dates of the study.', requirement: required },
);
