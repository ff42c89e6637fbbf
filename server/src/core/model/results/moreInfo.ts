import { bool, enumOf, markup, object, text } from '../fields';
import { optional } from '../meta';
import { AgreementRestrictionType } from './enums';

export const moreInfoModule = object(
  {
    limitationsAndCaveats: object(
      {
        description: markup({
          title: 'Limitations and Caveats',
          description: 'Limitations of the study, such as early termination leading to small numbers analyzed.',
          requirement: optional,
        }),
      },
      {
        title: 'Limitations and Caveats',
        description: 'Significant limitations that reduce the reliability of the results.',
        requirement: optional,
      },
    ),
    certainAgreement: object(
      {
        piSponsorEmployee: bool({
          title: 'Principal Investigators Are Sponsor Employees',
          description: 'All PIs are employed by the sponsor.',
          requirement: optional,
        }),
        restrictiveAgreement: bool({
          title: 'Restrictive Agreement',
          description: "An agreement restricts the PI's right to discuss or publish results.",
          requirement: optional,
        }),
        restrictionType: enumOf(AgreementRestrictionType, {
          title: 'Restriction Type',
          description: 'The kind of restriction.',
          requirement: optional,
        }),
        otherDetails: markup({
          title: 'Other Details',
          description: 'The restriction, when of another type.',
          requirement: optional,
        }),
      },
      {
        title: 'Certain Agreements',
        description: 'Agreements between the sponsor and the investigators about publishing results.',
        requirement: optional,
      },
    ),
    pointOfContact: object(
      {
        title: text({
          title: 'Name or Official Title',
          description: 'Who to contact about the results.',
          requirement: optional,
        }),
        organization: text({
          title: 'Organization Name',
          description: "The contact's organization.",
          requirement: optional,
        }),
        email: text({ title: 'Email', description: "The contact's email address.", requirement: optional }),
        phone: text({ title: 'Phone', description: "The contact's phone number.", requirement: optional }),
        phoneExt: text({ title: 'Extension', description: 'Phone extension.', requirement: optional }),
      },
      {
        title: 'Results Point of Contact',
        description: 'The person or office to contact about the results.',
        requirement: optional,
      },
    ),
  },
  {
    title: 'More Information',
    description: 'Limitations, agreements about publishing, and the results point of contact.',
    requirement: optional,
  },
);
