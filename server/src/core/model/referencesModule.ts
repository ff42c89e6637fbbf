import { ReferenceType } from './enums';
import { enumOf, list, markup, object, text } from './fields';
import { conditional, derived, optional, required } from './meta';

const reference = object(
  {
    pmid: text({
      title: 'PubMed Identifier',
      description: 'The PMID of the publication (digits).',
      requirement: optional,
    }),
    type: enumOf(ReferenceType, {
      title: 'Reference Type',
      description:
        'background, result (PRS "Results Reference: Yes"), or derived (linked by the registry from PubMed).',
      requirement: optional,
    }),
    citation: text({
      title: 'Citation',
      description: 'The bibliographic reference in NLM MEDLINE style.',
      requirement: conditional('when there is no PubMed Identifier', ({ parent }) => parent.pmid === undefined),
    }),
    retractions: list(
      object(
        {
          pmid: text({ title: 'Retraction PMID', description: 'PMID of the retraction notice.', requirement: derived }),
          source: text({
            title: 'Retraction Source',
            description: 'Where the retraction was published.',
            requirement: derived,
          }),
        },
        {
          title: 'Retraction',
          description: 'A retraction of the publication, linked by the registry.',
          requirement: derived,
        },
      ),
      {
        title: 'Retractions',
        description: 'Retractions of the publication, linked by the registry.',
        requirement: derived,
        itemNoun: 'retractions',
      },
    ),
  },
  { title: 'Citation', description: 'A publication about the study.', requirement: optional },
);

const seeAlsoLink = object(
  {
    label: text({
      title: 'Link Description',
      description: 'What the web page is.',
      requirement: required,
      limit: 254,
      limitUnverified: true,
    }),
    url: text({
      title: 'URL',
      description: 'The complete URL, including http:// or https://.',
      requirement: required,
      limit: 3999,
    }),
  },
  { title: 'Link', description: 'A web site directly relevant to the study.', requirement: optional },
);

const availIpd = object(
  {
    id: text({
      title: 'Identifier',
      description: 'The identifier of the data set or document.',
      requirement: optional,
    }),
    type: text({
      title: 'Type',
      description:
        'Individual Participant Data Set, Study Protocol, Statistical Analysis Plan, ' +
        'Informed Consent Form, Clinical Study Report, Analytic Code, or another type.',
      requirement: required,
    }),
    url: text({
      title: 'URL',
      description: 'Where the data set or document can be found.',
      requirement: required,
      limit: 3999,
      limitUnverified: true,
    }),
    comment: markup({
      title: 'Comments',
      description: 'Additional information, e.g. how to get access.',
      requirement: optional,
    }),
  },
  {
    title: 'Available IPD/Information',
    description: 'A data set or document available for the study.',
    requirement: optional,
  },
);

export const referencesModule = object(
  {
    references: list(reference, {
      title: 'Citations',
      description: 'Publications about the study.',
      requirement: optional,
      itemNoun: 'citations',
    }),
    seeAlsoLinks: list(seeAlsoLink, {
      title: 'Links',
      description: 'Web sites directly relevant to the study.',
      requirement: optional,
      itemNoun: 'links',
    }),
    availIpds: list(availIpd, {
      title: 'Available IPD/Information',
      description: 'Individual participant data sets and supporting documents that are available.',
      requirement: optional,
      itemNoun: 'entries',
    }),
  },
  { title: 'References', description: 'Citations, links and available data.', requirement: optional },
);
