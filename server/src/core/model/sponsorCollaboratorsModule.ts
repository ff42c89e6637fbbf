import { AgencyClass, ResponsiblePartyType } from './enums';
import { enumOf, list, object, text } from './fields';
import { conditional, derived, optional, required, type Requirement, type RequirementContext } from './meta';

const investigatorTypes = new Set(['PRINCIPAL_INVESTIGATOR', 'SPONSOR_INVESTIGATOR']);
const investigatorCondition = 'when the responsible party is a Principal Investigator or Sponsor-Investigator';
const isInvestigator = ({ parent }: RequirementContext): boolean =>
  typeof parent.type === 'string' && investigatorTypes.has(parent.type);

function sponsor(title: string, description: string, requirement: Requirement) {
  return object(
    {
      name: text({
        title: `${title} Name`,
        description: `Name of the ${title.toLowerCase()}.`,
        requirement: required,
        limit: 160,
      }),
      class: enumOf(AgencyClass, {
        title: `${title} Class`,
        description: 'Agency class assigned by the registry.',
        requirement: derived,
      }),
    },
    { title, description, requirement },
  );
}

export const sponsorCollaboratorsModule = object(
  {
    responsibleParty: object(
      {
        type: enumOf(ResponsiblePartyType, {
          title: 'Responsible Party Type',
          description: 'Who is responsible for registering the study and submitting results.',
          requirement: required,
        }),
        investigatorFullName: text({
          title: 'Investigator Name',
          description: 'Full name of the investigator who is the responsible party.',
          requirement: conditional(investigatorCondition, isInvestigator),
        }),
        investigatorTitle: text({
          title: 'Investigator Official Title',
          description: 'Official title of the investigator who is the responsible party.',
          requirement: conditional(investigatorCondition, isInvestigator),
          limit: 254,
          limitUnverified: true,
        }),
        investigatorAffiliation: text({
          title: 'Investigator Affiliation',
          description:
            'Organization the investigator is affiliated with (for a Sponsor-Investigator, usually the sponsor).',
          requirement: conditional(investigatorCondition, isInvestigator),
          limit: 160,
        }),
        oldNameTitle: text({
          title: 'Responsible Party Name/Official Title (legacy)',
          description: 'Responsible party field from before 2011.',
          requirement: derived,
        }),
        oldOrganization: text({
          title: 'Responsible Party Organization (legacy)',
          description: 'Responsible party field from before 2011.',
          requirement: derived,
        }),
      },
      {
        title: 'Responsible Party',
        description: 'The sponsor or investigator responsible for the record.',
        requirement: required,
      },
    ),
    leadSponsor: sponsor(
      'Sponsor',
      'The organization or person who initiates the study and is ' +
        'responsible for it (the IND/IDE holder if there is one).',
      required,
    ),
    collaborators: list(
      sponsor('Collaborator', 'An organization other than the sponsor that provides support.', optional),
      {
        title: 'Collaborators',
        description: 'Other organizations that support the study (funding, design, conduct, analysis or reporting).',
        requirement: optional,
        itemNoun: 'collaborators',
      },
    ),
  },
  {
    title: 'Sponsor/Collaborators',
    description: 'Who sponsors the study and who is responsible for the record.',
    requirement: required,
  },
);
