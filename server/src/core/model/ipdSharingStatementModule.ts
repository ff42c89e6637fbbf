import { IpdSharing, IpdSharingInfoType } from './enums';
import { enumOf, list, markup, object, text } from './fields';
import { conditional, optional } from './meta';

const whenSharing = 'only when Plan to Share IPD is Yes';

export const ipdSharingStatementModule = object(
  {
    ipdSharing: enumOf(IpdSharing, {
      title: 'Plan to Share IPD',
      description: 'Whether individual participant data (IPD) will be shared with other researchers. ICMJE expects it.',
      requirement: optional,
    }),
    description: markup({
      title: 'IPD Sharing Plan Description',
      description: 'Which IPD will be shared, or why there is no plan to share.',
      requirement: optional,
      limit: 1000,
    }),
    infoTypes: list(
      enumOf(IpdSharingInfoType, {
        title: 'Supporting Information Type',
        description: 'A document shared with the IPD.',
        requirement: optional,
      }),
      {
        title: 'IPD Sharing Supporting Information Type',
        description: 'Documents shared with the IPD.',
        requirement: conditional(whenSharing),
        itemNoun: 'types',
      },
    ),
    timeFrame: markup({
      title: 'IPD Sharing Time Frame',
      description: 'When the IPD will become available and for how long.',
      requirement: conditional(whenSharing),
      limit: 1000,
    }),
    accessCriteria: markup({
      title: 'IPD Sharing Access Criteria',
      description: 'Who may get the IPD, for what purposes, and how.',
      requirement: conditional(whenSharing),
      limit: 1000,
    }),
    url: text({
      title: 'IPD Sharing URL',
      description: 'A web address for the IPD sharing information.',
      requirement: conditional(whenSharing),
      limit: 3999,
    }),
  },
  { title: 'IPD Sharing Statement', description: 'Plans to share individual participant data.', requirement: optional },
);
