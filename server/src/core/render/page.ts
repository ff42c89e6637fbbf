import type { Finding } from '../types';
import { renderPreviewBody } from './body';
import type { RenderOptions } from './context';
import { escapeHtml } from './html';
import { asText, readPath } from '../model/read';

export interface StandalonePageOptions extends RenderOptions {
  /** The document title; defaults to "<NCT id> — <brief title>". */
  readonly title?: string;
  /** The stylesheet to inline, e.g. `standalonePageCss()`. */
  readonly css: string;
}

/** The CSP of the standalone page: no scripts, no remote loads, inline styles only. */
export const STANDALONE_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * A complete HTML page for a record: print-friendly, light or dark by the reader's system
 * setting, no scripts. Long lists are expanded, since a page is read or printed whole.
 */
export function renderStandalonePage(
  study: unknown,
  findings: readonly Finding[],
  options: StandalonePageOptions,
): string {
  const body = renderPreviewBody(study, findings, { collapseLongLists: false, ...options });
  const identification = readPath(study, 'protocolSection', 'identificationModule');
  const title =
    options.title ??
    ([asText(readPath(identification, 'nctId')), asText(readPath(identification, 'briefTitle'))]
      .filter(Boolean)
      .join(' — ') ||
      'Trial record');
  // The stylesheet is ours, but a "</style" inside it would still end the element.
  const css = options.css.replace(/<\/(style)/gi, '<\\/$1');
  return (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${STANDALONE_PAGE_CSP}">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="color-scheme" content="light ' +
    'dark">\n<meta name="generator" content="Trial Record Studio">\n' +
    `<title>${escapeHtml(title)}</title>\n<style>${css}</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`
  );
}
