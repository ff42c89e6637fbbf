import { buildPreviewCsp } from './csp';
import type { PreviewState } from './messages';

export interface PreviewPageParts {
  readonly cspSource: string;
  readonly nonce: string;
  /** `asWebviewUri` of dist/preview.css and dist/preview.js. */
  readonly styleUri: string;
  readonly scriptUri: string;
  /** The rendered body from the server (already escaped), or a placeholder. */
  readonly body: string;
  readonly state: PreviewState;
}

const escapeAttribute = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The webview document: CSP first, one stylesheet, one nonce'd script, no inline handlers. */
export function buildPreviewHtml(parts: PreviewPageParts): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(buildPreviewCsp(parts.cspSource, parts.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta id="trial-record-preview-state" data-state="${escapeAttribute(JSON.stringify(parts.state))}">
<link rel="stylesheet" href="${escapeAttribute(parts.styleUri)}">
<title>Trial Record Preview</title>
</head>
<body>
<main id="trial-record-preview">${parts.body}</main>
<script nonce="${escapeAttribute(parts.nonce)}" src="${escapeAttribute(parts.scriptUri)}"></script>
</body>
</html>`;
}

/** Shown until the first render arrives, and when the server cannot render. */
export function placeholderBody(text: string): string {
  return `<p class="preview-placeholder">${escapeAttribute(text)}</p>`;
}
