import {
  BioSpecRetention,
  DesignAllocation,
  DesignMasking,
  DesignTimePerspective,
  EnrollmentType,
  InterventionalAssignment,
  ObservationalModel,
  Phase,
  PrimaryPurpose,
  StudyType,
  WhoMasked,
} from './enums';
import { age, bool, count, enumOf, list, markup, object } from './fields';
import { conditional, derived, optional, required, requiredFor } from './meta';

const interventional = ['INTERVENTIONAL'] as const;
const observational = ['OBSERVATIONAL'] as const;

const maskingInfo = object(
  {
    masking: enumOf(DesignMasking, {
      title: 'Masking',
      description: 'How many parties are blinded to the intervention assignment; PRS derives it from the roles masked.',
      requirement: required,
    }),
    maskingDescription: markup({
      title: 'Masking Description',
      description: 'How masking is done, when it needs explaining.',
      requirement: optional,
      limit: 1000,
    }),
    whoMasked: list(
      enumOf(WhoMasked, {
        title: 'Masked Role',
        description: 'A party blinded to the intervention assignment.',
        requirement: optional,
      }),
      {
        title: 'Who Is Masked',
        description:
          'The parties blinded to the intervention assignment; one per masking level (Single = 1 … Quadruple = 4).',
        requirement: conditional(
          'unless Masking is None (Open Label)',
          ({ parent }) => typeof parent.masking === 'string' && parent.masking !== 'NONE',
        ),
        maxItems: 4,
        itemNoun: 'roles',
      },
    ),
  },
  {
    title: 'Masking',
    description: 'Blinding of the intervention assignment.',
    requirement: requiredFor(interventional),
  },
);

const designInfo = object(
  {
    allocation: enumOf(DesignAllocation, {
      title: 'Allocation',
      description: 'How participants are assigned to arms; N/A for single-arm studies.',
      requirement: requiredFor(interventional),
    }),
    interventionModel: enumOf(InterventionalAssignment, {
      title: 'Interventional Study Model',
      description: 'The strategy for assigning interventions to participants.',
      requirement: requiredFor(interventional),
    }),
    interventionModelDescription: markup({
      title: 'Model Description',
      description: 'Details of the interventional study model.',
      requirement: optional,
      limit: 1000,
    }),
    primaryPurpose: enumOf(PrimaryPurpose, {
      title: 'Primary Purpose',
      description: 'The main reason for the study.',
      requirement: requiredFor(interventional),
    }),
    observationalModel: enumOf(ObservationalModel, {
      title: 'Observational Study Model',
      description: 'The primary strategy for identifying and following participants.',
      requirement: requiredFor(observational),
    }),
    timePerspective: enumOf(DesignTimePerspective, {
      title: 'Time Perspective',
      description: 'The temporal relationship of the observation period to enrollment.',
      requirement: requiredFor(observational),
    }),
    maskingInfo,
  },
  {
    title: 'Design Details',
    description: 'Allocation, model, purpose and masking of the study design.',
    requirement: requiredFor(['INTERVENTIONAL', 'OBSERVATIONAL']),
  },
);

const bioSpec = object(
  {
    retention: enumOf(BioSpecRetention, {
      title: 'Biospecimen Retention',
      description: 'Whether samples of human biological material are retained, and whether they contain DNA.',
      requirement: required,
    }),
    description: markup({
      title: 'Biospecimen Description',
      description: 'The kinds of specimens retained (e.g. whole blood, serum, tissue).',
      requirement: conditional(
        'when specimens are retained',
        ({ parent }) => typeof parent.retention === 'string' && parent.retention !== 'NONE_RETAINED',
      ),
      limit: 1000,
    }),
  },
  {
    title: 'Biospecimen Retention',
    description: 'Retention of biospecimens in observational studies.',
    requirement: requiredFor(observational, { lenientBecause: 'published observational records often leave it out' }),
  },
);

export const designModule = object(
  {
    studyType: enumOf(StudyType, {
      title: 'Study Type',
      description:
        'The nature of the investigation: interventional (clinical trial), observational, or expanded access.',
      requirement: required,
    }),
    nPtrsToThisExpAccNctId: count({
      title: 'Studies Linking to This Expanded Access Record',
      description: 'Number of studies that point at this expanded access record.',
      requirement: derived,
    }),
    expandedAccessTypes: object(
      {
        individual: bool({
          title: 'Individual Patients',
          description: 'Expanded access for individual patients, including emergency use.',
          requirement: optional,
        }),
        intermediate: bool({
          title: 'Intermediate-size Population',
          description: 'Expanded access for an intermediate-size patient population.',
          requirement: optional,
        }),
        treatment: bool({
          title: 'Treatment IND/Protocol',
          description: 'Expanded access under a treatment IND or treatment protocol.',
          requirement: optional,
        }),
      },
      {
        title: 'Expanded Access Type',
        description: 'The kinds of expanded access offered; at least one must be true.',
        requirement: requiredFor(['EXPANDED_ACCESS']),
      },
    ),
    patientRegistry: bool({
      title: 'Patient Registry',
      description: 'Observational studies only: whether the study is a patient registry.',
      requirement: conditional('for observational studies'),
    }),
    targetDuration: age({
      title: 'Target Follow-Up Duration',
      description: 'For patient registries: the intended follow-up time of each participant, e.g. `5 Years`.',
      requirement: conditional('for patient registries', ({ parent }) => parent.patientRegistry === true),
    }),
    phases: list(
      enumOf(Phase, {
        title: 'Phase',
        description: 'A phase of the investigation (FDA-defined for drug products).',
        requirement: required,
      }),
      {
        title: 'Study Phase',
        description:
          'Interventional studies: one phase, or two for combined phases (Phase 1/Phase ' +
          '2, Phase 2/Phase 3). Not Applicable for studies without FDA-defined phases.',
        requirement: requiredFor(interventional),
        minItems: 1,
        maxItems: 2,
        itemNoun: 'phases',
      },
    ),
    designInfo,
    bioSpec,
    enrollmentInfo: object(
      {
        count: count({
          title: 'Enrollment',
          description: 'The target number of participants (Estimated) or the actual number enrolled (Actual).',
          requirement: required,
        }),
        type: enumOf(EnrollmentType, {
          title: 'Enrollment Type',
          description: 'Whether the enrollment is the actual number or an estimate (PRS "Anticipated").',
          requirement: required,
        }),
      },
      {
        title: 'Enrollment',
        description: 'How many participants the study enrolls.',
        requirement: requiredFor(['INTERVENTIONAL', 'OBSERVATIONAL']),
      },
    ),
  },
  { title: 'Study Design', description: 'Study type, phases, design and enrollment.', requirement: required },
);
