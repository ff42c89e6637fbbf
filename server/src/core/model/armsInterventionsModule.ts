import { ArmGroupType, InterventionType } from './enums';
import { enumOf, list, markup, object, text, textList } from './fields';
import {
  conditional,
  derived,
  optional,
  required,
  requiredFinalRule,
  requiredFor,
  type RequirementContext,
} from './meta';

const interventional = ['INTERVENTIONAL'] as const;

/** More than one arm: the arm ↔ intervention cross-reference becomes required. */
function hasSeveralArms({ protocol }: RequirementContext): boolean {
  const module = protocol.armsInterventionsModule;
  if (typeof module !== 'object' || module === null) return false;
  const armGroups = (module as Record<string, unknown>).armGroups;
  return Array.isArray(armGroups) && armGroups.length > 1;
}

const armGroup = object(
  {
    label: text({
      title: 'Arm Title',
      description: 'A short name for the arm (observational: Group/Cohort Label); unique within the record.',
      requirement: required,
      limit: 100,
    }),
    type: enumOf(ArmGroupType, {
      title: 'Arm Type',
      description: 'The role of the arm in an interventional study; observational groups have no type.',
      requirement: requiredFor(interventional),
    }),
    description: markup({
      title: 'Arm Description',
      description: 'What differentiates the arm and which interventions its participants receive.',
      requirement: conditional('to tell arms apart and name the interventions given'),
      limit: 999,
    }),
    interventionNames: textList(
      {
        title: 'Interventions in This Arm',
        description: 'The interventions given in this arm, as `<Intervention Type>: <name>` (e.g. `Drug: Metformin`).',
        requirement: conditional(
          'when an interventional study has more than one arm, except for No Intervention arms',
          (context) =>
            context.studyType === 'INTERVENTIONAL' &&
            context.parent.type !== 'NO_INTERVENTION' &&
            hasSeveralArms(context),
        ),
        itemNoun: 'interventions',
      },
      {
        title: 'Intervention Name',
        description: 'An intervention of this arm, written `<Intervention Type>: <name>`.',
        requirement: required,
      },
    ),
  },
  { title: 'Arm', description: 'One arm (interventional) or group/cohort (observational).', requirement: optional },
);

const intervention = object(
  {
    type: enumOf(InterventionType, {
      title: 'Intervention Type',
      description: 'The general kind of intervention.',
      requirement: required,
    }),
    name: text({
      title: 'Intervention Name',
      description: 'A brief, descriptive name; the non-proprietary name if there is one.',
      requirement: required,
      limit: 200,
    }),
    description: markup({
      title: 'Intervention Description',
      description:
        'Details that distinguish the intervention from similar ones: dose form, dosage, frequency, duration.',
      requirement: { ...requiredFinalRule, studyTypes: interventional },
      limit: 1000,
    }),
    armGroupLabels: textList(
      {
        title: 'Arms Given This Intervention',
        description: 'The arms or groups that receive this intervention; each must equal an Arm Title exactly.',
        requirement: conditional('when the study has more than one arm', hasSeveralArms),
        itemNoun: 'arms',
      },
      { title: 'Arm Title', description: 'An arm that receives this intervention.', requirement: required },
    ),
    otherNames: textList(
      {
        title: 'Other Intervention Names',
        description: 'Brand names, serial numbers or code names; do not repeat the intervention name.',
        requirement: optional,
        itemNoun: 'names',
      },
      {
        title: 'Other Intervention Name',
        description: 'Another name of the intervention.',
        requirement: optional,
        limit: 200,
        limitUnverified: true,
      },
    ),
    interventionMappedName: textList(
      {
        title: 'Mapped Intervention Names',
        description: 'Names the registry mapped the intervention to; present in some downloads.',
        requirement: derived,
        itemNoun: 'names',
      },
      {
        title: 'Mapped Intervention Name',
        description: 'A name the registry mapped the intervention to.',
        requirement: derived,
      },
    ),
  },
  { title: 'Intervention', description: 'One intervention or exposure of interest.', requirement: optional },
);

export const armsInterventionsModule = object(
  {
    armGroups: list(armGroup, {
      title: 'Arms',
      description: 'Interventional: the arms (at least one). Observational: the groups or cohorts, if any.',
      requirement: requiredFor(interventional, { lenientBecause: 'some published single-arm records list no arm' }),
      itemNoun: 'arms',
    }),
    interventions: list(intervention, {
      title: 'Interventions',
      description:
        'Interventional: the interventions studied (at least one). Observational: the exposures of interest, if any.',
      requirement: requiredFor(interventional),
      itemNoun: 'interventions',
    }),
  },
  {
    title: 'Arms and Interventions',
    description: 'Arms or groups and the interventions they receive.',
    requirement: requiredFor(interventional),
  },
);
