import type { RenderContext } from '../context';
import { readableDate, statusTone } from '../format';
import { escapeHtml } from '../html';
import { enumLabel } from '../../model/enums';
import { asBoolean, asObject, asText, readPath } from '../../model/read';
import { P } from './section';

/** Title, identifiers, status badge, last update and the results status. */
export function renderHeader(context: RenderContext, study: unknown): string {
  const identification = readPath(study, 'protocolSection', 'identificationModule');
  const status = asObject(readPath(study, 'protocolSection', 'statusModule'));
  const briefTitle = asText(readPath(identification, 'briefTitle'));
  const officialTitle = asText(readPath(identification, 'officialTitle'));
  const acronym = asText(readPath(identification, 'acronym'));
  const nctId = asText(readPath(identification, 'nctId'));
  const statusCode = asText(status?.overallStatus);

  const title =
    `<h1 class="title"` +
    `${context.pointerAttribute(`${P.identification}/briefTitle`)}>${escapeHtml(briefTitle ?? 'Untitled record')}` +
    (acronym ? ` <span class="acronym">(${escapeHtml(acronym)})</span>` : '') +
    '</h1>';
  const official = officialTitle
    ? `<p class="official-title"${context.pointerAttribute(`${P.identification}/officialTitle`)}>` +
      `${escapeHtml(officialTitle)}</p>`
    : '';

  const meta: string[] = [
    `<span class="nct-id"${context.pointerAttribute(`${P.identification}/nctId`)}>` +
      `<span class="meta-label">NCT ID</span> ` +
      `${nctId ? escapeHtml(nctId) : '<em>not assigned</em>'}</span>`,
  ];
  if (statusCode) {
    meta.push(
      `<span class="badge status tone-${statusTone(statusCode)}"` +
        `${context.pointerAttribute(`${P.status}/overallStatus`)}>` +
        `${escapeHtml(enumLabel('Status', statusCode))}</span>`,
    );
  }
  const lastUpdate =
    asText(readPath(status, 'lastUpdatePostDateStruct', 'date')) ?? asText(status?.lastUpdateSubmitDate);
  if (lastUpdate) {
    meta.push(
      `<span class="last-update"><span class="meta-label">Last ` +
        `updated</span> ${escapeHtml(readableDate(lastUpdate))}</span>`,
    );
  }

  return (
    context.block(
      'header',
      'record-header',
      P.identification,
      `${title}${official}`,
      `<p class="meta">${meta.join('')}</p>`,
    ) + renderResultsStatus(study)
  );
}

function renderResultsStatus(study: unknown): string {
  const hasResults =
    asBoolean(readPath(study, 'hasResults')) === true || asObject(readPath(study, 'resultsSection')) !== undefined;
  const text = hasResults
    ? asObject(readPath(study, 'resultsSection'))
      ? 'Results posted: see the <a href="#results">Results</a> part after the protocol.'
      : 'Results posted, but this record carries no results section.'
    : 'No results posted. The record has no outcome measurements, participant flow or adverse events yet.';
  return (
    `<section class="results-status" aria-labelledby="results-status">` +
    `<h2 id="results-status" class="inline-heading">Study Results</h2> ` +
    `<span class="badge ${hasResults ? 'tone-done' : 'tone-muted'}">` +
    `${hasResults ? 'Results posted' : 'Results pending'}</span>` +
    `<p class="hint">${text}</p></section>`
  );
}
