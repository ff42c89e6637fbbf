import { bool, enumOf, list, markup, object, partialDate, text } from '../fields';
import { optional, required } from '../meta';
import { MeasureParam, OutcomeMeasureType, ReportingStatus } from './enums';
import { denomList, groupFields } from './fields';
import { measureClasses } from './measureData';
import { analysisFields } from './analysis';

const outcomeMeasure = object(
  {
    type: enumOf(OutcomeMeasureType, {
      title: 'Outcome Measure Type',
      description: 'Primary, secondary, other pre-specified or post-hoc.',
      requirement: required,
    }),
    title: text({
      title: 'Outcome Measure Title',
      description: "The title registered in the protocol's outcome measures.",
      requirement: required,
    }),
    description: markup({
      title: 'Outcome Measure Description',
      description: 'The metric or method of measurement.',
      requirement: optional,
    }),
    populationDescription: markup({
      title: 'Analysis Population Description',
      description: 'Who was analyzed, and why the number analyzed differs from the number assigned.',
      requirement: optional,
    }),
    reportingStatus: enumOf(ReportingStatus, {
      title: 'Reporting Status',
      description: 'Whether data are posted or anticipated later.',
      requirement: optional,
    }),
    anticipatedPostingDate: partialDate({
      title: 'Anticipated Posting Date',
      description: 'When data not yet posted will be.',
      requirement: optional,
    }),
    paramType: enumOf(MeasureParam, {
      title: 'Measure Type',
      description: 'The type of data: count of participants, mean, median, number, …',
      requirement: optional,
    }),
    dispersionType: text({
      title: 'Measure of Dispersion/Precision',
      description:
        'How the values vary, written as the registry label ("Standard ' +
        'Deviation", "95% Confidence Interval"), not a code.',
      requirement: optional,
    }),
    unitOfMeasure: text({
      title: 'Unit of Measure',
      description: 'What the values count or measure ("participants", "percentage of participants", "mg/dL").',
      requirement: optional,
    }),
    calculatePct: bool({
      title: 'Calculate Percentage',
      description: 'Whether the registry shows each count as a percentage of the number analyzed.',
      requirement: optional,
    }),
    timeFrame: text({
      title: 'Outcome Measure Time Frame',
      description: 'When the measure was assessed, as registered.',
      requirement: optional,
    }),
    typeUnitsAnalyzed: text({
      title: 'Type of Units Analyzed',
      description: 'The units, when other than participants.',
      requirement: optional,
    }),
    denomUnitsSelected: text({
      title: 'Analysis Units',
      description: 'The units the numbers analyzed count.',
      requirement: optional,
    }),
    groups: list(
      object(groupFields('Outcome', 'OG'), {
        title: 'Outcome Group',
        description: 'An arm or comparison group of this outcome measure.',
        requirement: optional,
      }),
      {
        title: 'Outcome Groups',
        description: 'The groups of this measure (OG000, …); the ids restart in every outcome measure.',
        requirement: optional,
        itemNoun: 'groups',
      },
    ),
    denoms: denomList('outcome measure', 'OG'),
    classes: measureClasses('outcome measure', 'OG'),
    analyses: list(
      object(analysisFields(), {
        title: 'Statistical Analysis',
        description: 'A statistical test comparing groups of this outcome measure.',
        requirement: optional,
      }),
      {
        title: 'Statistical Analyses',
        description: 'The statistical analyses of this outcome measure.',
        requirement: optional,
        itemNoun: 'analyses',
      },
    ),
  },
  { title: 'Outcome Measure', description: 'The results of one registered outcome measure.', requirement: optional },
);

export const outcomeMeasuresModule = object(
  {
    outcomeMeasures: list(outcomeMeasure, {
      title: 'Outcome Measures',
      description: 'The results of every primary and secondary outcome measure, as registered.',
      requirement: optional,
      itemNoun: 'outcome measures',
    }),
  },
  {
    title: 'Outcome Measures (Results)',
    description: 'Results data for each registered outcome measure, with statistical analyses.',
    requirement: optional,
  },
);
