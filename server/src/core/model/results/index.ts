import { object } from '../fields';
import { optional } from '../meta';
import { adverseEventsModule } from './adverseEvents';
import { baselineCharacteristicsModule } from './baseline';
import { moreInfoModule } from './moreInfo';
import { outcomeMeasuresModule } from './outcomeMeasures';
import { participantFlowModule } from './participantFlow';

export { RESULTS_ENUMS, OUTCOME_DISPERSION_LABELS } from './enums';

/** The posted results (ctg-oas-v2.yaml ResultsSection, l. 1362). */
export const resultsSection = object(
  { participantFlowModule, baselineCharacteristicsModule, outcomeMeasuresModule, adverseEventsModule, moreInfoModule },
  {
    title: 'Results',
    description:
      'Posted results: participant flow, baseline characteristics, outcome measures, adverse events, more information.',
    requirement: optional,
  },
);
