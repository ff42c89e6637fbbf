import { SamplingMethod, Sex, StandardAge } from './enums';
import { age, bool, enumOf, list, markup, object } from './fields';
import { conditional, derived, optional, required, requiredFor } from './meta';

const observational = ['OBSERVATIONAL'] as const;

export const eligibilityModule = object(
  {
    eligibilityCriteria: markup({
      title: 'Eligibility Criteria',
      description: 'A bulleted list of criteria under the headings "Inclusion Criteria:" and "Exclusion Criteria:".',
      requirement: required,
      limit: 20000,
    }),
    healthyVolunteers: bool({
      title: 'Accepts Healthy Volunteers',
      description: 'Whether participants without the condition under study may enroll.',
      // Published observational records often leave it out, so only interventional records must say.
      requirement: requiredFor(['INTERVENTIONAL']),
    }),
    sex: enumOf(Sex, {
      title: 'Sex',
      description: 'The sex of the participants eligible for the study (formerly "Gender": Both → All).',
      requirement: required,
    }),
    genderBased: bool({
      title: 'Gender Based',
      description: 'Whether eligibility is based on gender (self-representation of gender identity).',
      requirement: conditional('when eligibility depends on gender'),
    }),
    genderDescription: markup({
      title: 'Gender Eligibility Description',
      description: 'How gender determines eligibility.',
      requirement: conditional('when Gender Based is Yes', ({ parent }) => parent.genderBased === true),
      limit: 1000,
      limitUnverified: true,
    }),
    minimumAge: age({
      title: 'Minimum Age',
      description: 'The youngest eligible age, e.g. `18 Years`. Leave it out for no limit (PRS "N/A (No limit)").',
      requirement: optional,
    }),
    maximumAge: age({
      title: 'Maximum Age',
      description: 'The oldest eligible age, e.g. `65 Years`. Leave it out for no limit (PRS "N/A (No limit)").',
      requirement: optional,
    }),
    stdAges: list(
      enumOf(StandardAge, {
        title: 'Age Group',
        description: 'An age group derived from the minimum and maximum age.',
        requirement: derived,
      }),
      {
        title: 'Age Groups',
        description: 'Derived from the minimum and maximum age: Child (birth–17), Adult (18–64), Older Adult (65+).',
        requirement: derived,
        itemNoun: 'age groups',
      },
    ),
    studyPopulation: markup({
      title: 'Study Population Description',
      description: 'Observational studies: the population from which participants are selected.',
      requirement: requiredFor(observational),
      limit: 1000,
    }),
    samplingMethod: enumOf(SamplingMethod, {
      title: 'Sampling Method',
      description: 'Observational studies: how participants are selected from the population.',
      requirement: requiredFor(observational),
    }),
  },
  { title: 'Eligibility', description: 'Who may take part in the study.', requirement: required },
);
