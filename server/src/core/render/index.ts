/** Record → preview HTML, shared by the language server (preview) and the CLI (`trial-record render`). */
export { renderPreviewBody } from './body';
export type { RenderOptions } from './context';
export { countFindings, summaryText, type SeverityCounts } from './findings';
export { escapeHtml, isSafeHref } from './html';
export { renderStandalonePage, STANDALONE_PAGE_CSP, type StandalonePageOptions } from './page';
export { standalonePageCss, webviewCss } from './pageStyles';
