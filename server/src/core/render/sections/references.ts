import type { RenderContext } from '../context';
import { labelHtml } from '../format';
import { escapeHtml, externalLink, pointerOf } from '../html';
import { enumLabel } from '../../model/enums';
import { asArray, asObject, asText, readPath, textItems } from '../../model/read';
import { P, fieldList, richText, section } from './section';

const DOI = /\b10\.\d{4,9}\/[^\s"<>]+/g;

/** A citation with its DOIs linked to doi.org. */
export function citationHtml(citation: string): string {
  let html = '';
  let last = 0;
  for (const match of citation.matchAll(DOI)) {
    // A DOI at the end of a sentence keeps its full stop outside the link.
    const doi = match[0].replace(/[.,;:)\]]+$/, '');
    const start = match.index ?? 0;
    html += escapeHtml(citation.slice(last, start)) + externalLink(`https://doi.org/${encodeURI(doi)}`, doi);
    last = start + doi.length;
  }
  return html + escapeHtml(citation.slice(last));
}

/** References, Other Identifiers and the IPD sharing statement. */
export function renderReferenceSections(context: RenderContext, study: unknown): string {
  return renderReferences(context, study) + renderIdentifiers(context, study) + renderIpd(context, study);
}

function renderReferences(context: RenderContext, study: unknown): string {
  const module = asObject(readPath(study, 'protocolSection', 'referencesModule'));
  const references = asArray(module?.references).map((reference, i) => {
    const citation = asText(readPath(reference, 'citation'));
    const pmid = asText(readPath(reference, 'pmid'));
    const type = labelHtml('ReferenceType', readPath(reference, 'type'));
    const meta: string[] = [];
    if (type) meta.push(`<span class="type-tag">${type}</span>`);
    if (pmid) {
      meta.push(
        /^\d+$/.test(pmid.trim())
          ? `PMID ${externalLink(`https://pubmed.ncbi.nlm.nih.gov/${pmid.trim()}/`, pmid.trim())}`
          : `PMID ${escapeHtml(pmid)}`,
      );
    }
    const head = `<p class="citation">${citation === undefined ? '<em>No citation</em>' : citationHtml(citation)}</p>`;
    return context.block(
      'li',
      'reference',
      pointerOf(`${P.references}/references`, i),
      head,
      meta.length ? `<p class="reference-meta">${meta.join(' ')}</p>` : '',
    );
  });
  const links = asArray(module?.seeAlsoLinks).map((link, i) => {
    const url = asText(readPath(link, 'url')) ?? '';
    const label = asText(readPath(link, 'label')) ?? url;
    return context.block('li', 'reference', pointerOf(`${P.references}/seeAlsoLinks`, i), externalLink(url, label), '');
  });
  const ipds = asArray(module?.availIpds).map((ipd, i) => {
    const text = [asText(readPath(ipd, 'type')), asText(readPath(ipd, 'id'))].filter(Boolean).join(': ');
    const url = asText(readPath(ipd, 'url'));
    const head = url ? externalLink(url, text || url) : escapeHtml(text);
    return context.block(
      'li',
      'reference',
      pointerOf(`${P.references}/availIpds`, i),
      head,
      richText(readPath(ipd, 'comment')) ?? '',
    );
  });
  const list = (title: string, items: readonly string[]): string =>
    items.length === 0 ? '' : `<h3>${title}</h3><ol class="references">${items.join('')}</ol>`;
  const body =
    list('Publications', references) + list('Links', links) + list('Available Study Data and Documents', ipds);
  return section(context, 'references', 'References', P.references, body);
}

function renderIdentifiers(context: RenderContext, study: unknown): string {
  const module = asObject(readPath(study, 'protocolSection', 'identificationModule'));
  const rows: string[] = [];
  const org = asObject(module?.orgStudyIdInfo);
  const orgId = asText(org?.id);
  if (orgId) {
    const type = asText(org?.type);
    const kind = type
      ? `Organization's study ID (${escapeHtml(enumLabel('OrgStudyIdType', type))})`
      : "Organization's study ID";
    rows.push(context.field(kind, escapeHtml(orgId), `${P.identification}/orgStudyIdInfo`));
  }
  asArray(module?.secondaryIdInfos).forEach((info, i) => {
    const id = asText(readPath(info, 'id'));
    if (id === undefined) return;
    const type = labelHtml('SecondaryIdType', readPath(info, 'type')) ?? 'Secondary ID';
    const domain = asText(readPath(info, 'domain'));
    rows.push(
      context.field(
        type + (domain ? ` (${escapeHtml(domain)})` : ''),
        escapeHtml(id),
        pointerOf(`${P.identification}/secondaryIdInfos`, i),
      ),
    );
  });
  for (const { index, text } of textItems(module?.nctIdAliases)) {
    rows.push(context.field('Former NCT ID', escapeHtml(text), pointerOf(`${P.identification}/nctIdAliases`, index)));
  }
  return section(
    context,
    'other-identifiers',
    'Other Identifiers',
    `${P.identification}/orgStudyIdInfo`,
    fieldList(rows),
  );
}

function renderIpd(context: RenderContext, study: unknown): string {
  const module = asObject(readPath(study, 'protocolSection', 'ipdSharingStatementModule'));
  const infoTypes = asArray(module?.infoTypes)
    .map((code) => asText(code))
    .filter((code): code is string => code !== undefined)
    .map((code) => escapeHtml(enumLabel('IpdSharingInfoType', code)));
  const url = asText(module?.url);
  const fields = fieldList([
    context.field('Plan to Share IPD', labelHtml('IpdSharing', module?.ipdSharing), `${P.ipd}/ipdSharing`),
    context.field('Description', richText(module?.description), `${P.ipd}/description`),
    context.field('Supporting Information', infoTypes.length ? infoTypes.join(', ') : undefined, `${P.ipd}/infoTypes`),
    context.field('Time Frame', richText(module?.timeFrame), `${P.ipd}/timeFrame`),
    context.field('Access Criteria', richText(module?.accessCriteria), `${P.ipd}/accessCriteria`),
    context.field('URL', url ? externalLink(url) : undefined, `${P.ipd}/url`),
  ]);
  return section(context, 'ipd-sharing', 'Individual Participant Data (IPD) Sharing', P.ipd, fields);
}
