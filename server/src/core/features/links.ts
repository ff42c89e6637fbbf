import type { AstNode, ParsedDocument } from '../parse';
import type { Span } from '../types';

export interface DocumentLink {
  readonly span: Span;
  readonly target: string;
  readonly tooltip: string;
}

const NCT_ID = /\bNCT\d{8}\b/g;
const DOI = /\b10\.\d{4,9}\/[^\s"'<>\]]+/g;

/** Links for NCT ids, PubMed ids of references and DOIs, found in the source text of string values. */
export function provideDocumentLinks(doc: ParsedDocument, isCancelled?: () => boolean): DocumentLink[] {
  const links: DocumentLink[] = [];
  const visit = (node: AstNode | undefined, key: string | undefined) => {
    if (!node || isCancelled?.()) return;
    if (node.kind === 'object') for (const property of node.properties) visit(property.value, property.key);
    else if (node.kind === 'array') for (const item of node.items) visit(item, key);
    else if (key === 'pmid' && /^\d+$/.test(String(node.value))) links.push(pubmedLink(doc, node));
    else if (node.kind === 'string') links.push(...textLinks(doc, node.span));
  };
  visit(doc.root, undefined);
  return links;
}

function pubmedLink(doc: ParsedDocument, node: AstNode): DocumentLink {
  const raw = doc.text.slice(node.span.start, node.span.end);
  const offset = raw.search(/\d/);
  const pmid = /\d+/.exec(raw)![0];
  return {
    span: { start: node.span.start + offset, end: node.span.start + offset + pmid.length },
    target: `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`,
    tooltip: `PubMed ${pmid}`,
  };
}

/** Searches the written text (not the value), so the spans are exact even in folded or quoted strings. */
function textLinks(doc: ParsedDocument, span: Span): DocumentLink[] {
  const raw = doc.text.slice(span.start, span.end);
  const links: DocumentLink[] = [];
  for (const match of raw.matchAll(NCT_ID)) {
    links.push({
      span: { start: span.start + match.index, end: span.start + match.index + match[0].length },
      target: `https://clinicaltrials.gov/study/${match[0]}`,
      tooltip: `${match[0]} on ClinicalTrials.gov`,
    });
  }
  for (const match of raw.matchAll(DOI)) {
    const doi = match[0].replace(/[.,;:)]+$/, '');
    links.push({
      span: { start: span.start + match.index, end: span.start + match.index + doi.length },
      target: `https://doi.org/${doi}`,
      tooltip: `DOI ${doi}`,
    });
  }
  return links;
}
