import { armsInterventionsModule } from './armsInterventionsModule';
import { conditionsModule } from './conditionsModule';
import { contactsLocationsModule } from './contactsLocationsModule';
import { descriptionModule } from './descriptionModule';
import { designModule } from './designModule';
import { eligibilityModule } from './eligibilityModule';
import { bool, looseSection, object } from './fields';
import { identificationModule } from './identificationModule';
import { ipdSharingStatementModule } from './ipdSharingStatementModule';
import { derived, required } from './meta';
import { outcomesModule } from './outcomesModule';
import { oversightModule } from './oversightModule';
import { referencesModule } from './referencesModule';
import { resultsSection } from './results';
import { sponsorCollaboratorsModule } from './sponsorCollaboratorsModule';
import { statusModule } from './statusModule';

export const protocolSection = object(
  {
    identificationModule,
    statusModule,
    sponsorCollaboratorsModule,
    oversightModule,
    descriptionModule,
    conditionsModule,
    designModule,
    armsInterventionsModule,
    outcomesModule,
    eligibilityModule,
    contactsLocationsModule,
    referencesModule,
    ipdSharingStatementModule,
  },
  {
    title: 'Protocol',
    description: 'The registered protocol information: everything an author writes.',
    requirement: required,
  },
);

/**
 * A whole ClinicalTrials.gov API v2 study. The results section is checked like the protocol; the
 * derived, document and annotation sections are accepted as they come: they are registry output.
 */
export const studySchema = object(
  {
    protocolSection,
    resultsSection,
    annotationSection: looseSection({
      title: 'Annotations',
      description: 'Registry annotations (unposted events, violations).',
      requirement: derived,
    }),
    documentSection: looseSection({
      title: 'Documents',
      description: 'Uploaded protocol, statistical analysis plan and consent form documents.',
      requirement: derived,
    }),
    derivedSection: looseSection({
      title: 'Derived Data',
      description: 'Data the registry derives (MeSH browse terms, version information).',
      requirement: derived,
    }),
    hasResults: bool({
      title: 'Has Results',
      description: 'Whether results are posted; set by the registry.',
      requirement: derived,
    }),
  },
  {
    title: 'Study Record',
    description: 'A ClinicalTrials.gov study record in the API v2 shape.',
    requirement: required,
  },
);
