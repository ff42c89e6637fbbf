import { ContactRole, OfficialRole, RecruitmentStatus } from './enums';
import { enumOf, list, number, object, text } from './fields';
import { conditional, derived, optional, required, type Requirement } from './meta';

const isUnitedStates = ({ parent }: { parent: Readonly<Record<string, unknown>> }): boolean =>
  parent.country === 'United States';

function contact(title: string, description: string, nameRequirement: Requirement) {
  return object(
    {
      name: text({
        title: `${title} Name`,
        description: 'Name or official title of the person, with degree.',
        requirement: nameRequirement,
      }),
      role: enumOf(ContactRole, {
        title: `${title} Role`,
        description: 'The role of the person (Contact for facility and central contacts).',
        requirement: optional,
      }),
      phone: text({
        title: `${title} Phone`,
        description: 'Telephone number; U.S. and Canada as 123-456-7890, otherwise with the country code.',
        requirement: optional,
      }),
      phoneExt: text({ title: `${title} Phone Extension`, description: 'Telephone extension.', requirement: optional }),
      email: text({ title: `${title} Email`, description: 'Email address.', requirement: optional }),
    },
    { title, description, requirement: optional },
  );
}

function location(title: string, description: string) {
  return object(
    {
      facility: text({
        title: 'Facility Name',
        description: 'Full name of the organization where the study is done.',
        requirement: required,
        limit: 254,
      }),
      status: enumOf(RecruitmentStatus, {
        title: 'Site Recruitment Status',
        description: 'The recruitment status of this site ("Individual Site Status").',
        requirement: conditional('while the study is recruiting or not yet recruiting (unverified)'),
      }),
      city: text({ title: 'City', description: 'City of the facility.', requirement: required }),
      state: text({
        title: 'State/Province',
        description: 'State or province of the facility.',
        requirement: conditional('when the country is United States', isUnitedStates),
      }),
      zip: text({
        title: 'ZIP/Postal Code',
        description: 'ZIP or postal code of the facility.',
        requirement: conditional('when the country is United States'),
      }),
      country: text({ title: 'Country', description: 'Country of the facility, in English.', requirement: required }),
      contacts: list(contact('Facility Contact', 'A facility contact or site investigator.', optional), {
        title: 'Facility Contacts',
        description:
          'Facility contact and backup (role Contact) and site ' +
          'investigators (Principal Investigator, Sub-Investigator).',
        requirement: conditional('while the site is recruiting, unless central contacts are given'),
        itemNoun: 'contacts',
      }),
      geoPoint: object(
        {
          lat: number({ title: 'Latitude', description: 'Latitude geocoded by the registry.', requirement: derived }),
          lon: number({ title: 'Longitude', description: 'Longitude geocoded by the registry.', requirement: derived }),
        },
        { title: 'Geographic Point', description: 'Coordinates geocoded by the registry.', requirement: derived },
      ),
    },
    { title, description, requirement: optional },
  );
}

export const contactsLocationsModule = object(
  {
    centralContacts: list(
      contact('Central Contact', 'A person to contact about enrollment for the whole study.', required),
      {
        title: 'Central Contacts',
        description:
          'Contact and backup for enrollment questions; ' +
          'required while recruiting when no site lists a facility contact.',
        requirement: conditional('while recruiting or not yet recruiting, when no location has a facility contact'),
        maxItems: 2,
        itemNoun: 'contacts',
      },
    ),
    overallOfficials: list(
      object(
        {
          name: text({
            title: 'Official Name',
            description: 'Name of the person responsible for the scientific leadership.',
            requirement: required,
          }),
          affiliation: text({
            title: 'Official Affiliation',
            description: 'Organization the official is affiliated with.',
            requirement: optional,
            limit: 160,
            limitUnverified: true,
          }),
          role: enumOf(OfficialRole, {
            title: 'Official Role',
            description: 'Study Chair, Study Director or Principal Investigator.',
            requirement: required,
          }),
        },
        {
          title: 'Overall Official',
          description: 'A person responsible for the overall scientific leadership.',
          requirement: optional,
        },
      ),
      {
        title: 'Overall Study Officials',
        description: 'People responsible for the overall scientific leadership of the study.',
        requirement: optional,
        itemNoun: 'officials',
      },
    ),
    locations: list(location('Location', 'A facility where the study is done.'), {
      title: 'Locations',
      description: 'The facilities where the study is done.',
      requirement: optional,
      itemNoun: 'locations',
    }),
    locations_nested: list(location('Location (nested copy)', 'A copy of a location that some downloads carry.'), {
      title: 'Locations (nested copy)',
      description:
        'A copy of the locations list that some ClinicalTrials.gov downloads carry; generated, not authored.',
      requirement: derived,
      itemNoun: 'locations',
    }),
  },
  {
    title: 'Contacts and Locations',
    description: 'Central contacts, officials and study sites.',
    requirement: optional,
  },
);
