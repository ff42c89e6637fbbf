import { bool, enumOf, list, markup, object, text } from '../fields';
import { optional, required } from '../meta';
import { MeasureDispersionType, MeasureParam } from './enums';
import { denomList, groupFields } from './fields';
import { measureClasses } from './measureData';

const baselineMeasure = object(
  {
    title: text({
      title: 'Baseline Measure Title',
      description: 'The name of the measure ("Age, Continuous", "Sex: Female, Male").',
      requirement: required,
    }),
    description: markup({
      title: 'Baseline Measure Description',
      description: 'Additional detail about the measure.',
      requirement: optional,
    }),
    populationDescription: markup({
      title: 'Measure Analysis Population Description',
      description: 'Explains a number analyzed that differs from the overall number of baseline participants.',
      requirement: optional,
    }),
    paramType: enumOf(MeasureParam, {
      title: 'Measure Type',
      description: 'The type of data: count of participants, mean, median, number, …',
      requirement: optional,
    }),
    dispersionType: enumOf(MeasureDispersionType, {
      title: 'Measure of Dispersion',
      description:
        'How the values vary (a code here; outcome measures write the ' +
        'label instead). Continuous measures need one; Number has none.',
      requirement: optional,
    }),
    unitOfMeasure: text({
      title: 'Unit of Measure',
      description: 'What the values count or measure ("participants", "years").',
      requirement: optional,
    }),
    calculatePct: bool({
      title: 'Calculate Percentage',
      description: 'Whether the registry shows each count as a percentage of the number analyzed.',
      requirement: optional,
    }),
    denomUnitsSelected: text({
      title: 'Analysis Units',
      description: 'The units the numbers analyzed count.',
      requirement: optional,
    }),
    denoms: denomList('baseline measure', 'BG'),
    classes: measureClasses('baseline measure', 'BG'),
  },
  {
    title: 'Baseline Measure',
    description: 'One baseline characteristic with its values per group.',
    requirement: optional,
  },
);

export const baselineCharacteristicsModule = object(
  {
    populationDescription: markup({
      title: 'Baseline Analysis Population Description',
      description: 'Explains why the number of baseline participants differs from the number who started the study.',
      requirement: optional,
    }),
    typeUnitsAnalyzed: text({
      title: 'Type of Units Analyzed',
      description: 'The units, when other than participants.',
      requirement: optional,
    }),
    groups: list(
      object(groupFields('Baseline', 'BG'), {
        title: 'Baseline Group',
        description: 'An arm or comparison group; the last one is usually "Total".',
        requirement: optional,
      }),
      {
        title: 'Baseline Groups',
        description: 'The groups of the baseline table (BG000, BG001, …), usually with a Total group last.',
        requirement: optional,
        itemNoun: 'groups',
      },
    ),
    denoms: denomList('baseline table', 'BG'),
    measures: list(baselineMeasure, {
      title: 'Baseline Measures',
      description: 'Age, sex and other characteristics at the start of the study.',
      requirement: optional,
      itemNoun: 'measures',
    }),
  },
  {
    title: 'Baseline Characteristics',
    description: 'Demographic and baseline characteristics of the participants, by group and in total.',
    requirement: optional,
  },
);
