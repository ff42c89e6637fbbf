import { RESULTS, resultsOf } from '../../results';
import type { RenderContext } from '../context';
import { renderAdverseEvents } from './resultsEvents';
import { renderBaseline } from './resultsBaseline';
import { renderParticipantFlow } from './resultsFlow';
import { renderMoreInfo } from './resultsMoreInfo';
import { renderOutcomeResults } from './resultsOutcomes';

/** The Results part after the protocol, in the order of the registry's results page. */
export function renderResults(context: RenderContext, study: unknown): string {
  if (!resultsOf(study)) return '';
  const sections = [renderParticipantFlow, renderBaseline, renderOutcomeResults, renderAdverseEvents, renderMoreInfo]
    .map((render) => render(context, study))
    .join('');
  if (sections === '' && !context.hasFindingsAt(RESULTS)) return '';
  return context.block(
    'div',
    'results-part',
    RESULTS,
    '<h2 class="part-heading" id="results">Results</h2>',
    sections || '<p class="empty">No results data yet.</p>',
  );
}
