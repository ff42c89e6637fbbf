import type { Finding } from '../types';
import { RenderContext, type RenderOptions } from './context';
import { countFindings, fillSlots, summaryHtml } from './findings';
import { escapeHtml } from './html';
import { asObject } from '../model/read';
import { renderArmsAndInterventions } from './sections/arms';
import { renderDesign } from './sections/design';
import { renderEligibility } from './sections/eligibility';
import { renderHeader } from './sections/header';
import { renderContacts, renderLocations } from './sections/locations';
import { renderOutcomes } from './sections/outcomes';
import { renderOverview } from './sections/overview';
import { renderPeople } from './sections/people';
import { renderReferenceSections } from './sections/references';
import { renderResults } from './sections/results';
import { renderDescriptions } from './sections/summary';

/** The sections in the order of the registry page: the protocol, then the results. */
const SECTIONS: readonly ((context: RenderContext, study: unknown) => string)[] = [
  renderOverview,
  renderDescriptions,
  renderDesign,
  renderArmsAndInterventions,
  renderOutcomes,
  renderEligibility,
  renderPeople,
  renderLocations,
  renderContacts,
  renderReferenceSections,
  renderResults,
];

/**
 * Renders a study record (API v2 shape, possibly incomplete or invalid) as an HTML
 * fragment: registry labels instead of codes, every record string escaped, a
 * `data-pointer` on each section and item, and each finding shown beside the element its
 * pointer falls under, with a summary at the top. Never throws.
 */
export function renderPreviewBody(study: unknown, findings: readonly Finding[], options: RenderOptions = {}): string {
  const context = new RenderContext(findings, options);
  const summary = summaryHtml(countFindings(findings));
  let header = '';
  let body: string;
  try {
    if (options.tooBroken) {
      body =
        '<p class="empty">This record has more syntax problems than are listed, so it is not drawn. ' +
        'Fix the first ones below; the preview comes back when they are fewer.</p>';
    } else if (asObject(study)) {
      header = renderHeader(context, study);
      body = SECTIONS.map((render) => render(context, study)).join('');
    } else {
      body = '<p class="empty">The record is empty: write a <code>protocolSection</code> to see it here.</p>';
    }
  } catch (error) {
    // A renderer bug must not take the preview down: show it, keep the findings.
    body = `<p class="empty">The preview could not be drawn: ${escapeHtml(String(error))}</p>`;
  }
  // Findings no rendered element claims (missing modules, the record root) sit under the summary.
  const html = context.block('article', 'trial-record', '', header + summary, body);
  return fillSlots(html, context, findings);
}
