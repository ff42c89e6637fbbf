import { COMPONENT_CSS } from './componentStyles';
import { RESULTS_CSS } from './sections/resultsStyles';

/** Colours of the standalone page: light by default, dark when the reader's system is dark. */
const STANDALONE_THEME_CSS = `
:root { color-scheme: light dark;
  --tr-font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --tr-mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; --tr-font-size: 15px;
  --tr-bg: #ffffff; --tr-fg: #1f2328; --tr-heading: #0f2a4a; --tr-muted: #59636e; --tr-link: #0b5cad;
  --tr-border: #d6dde4; --tr-subtle-border: #eaeef2; --tr-card-bg: #f8fafc; --tr-subtle-bg: #eef2f6;
  --tr-accent: #0b5cad; --tr-accent-bg: #e3eefb; --tr-focus-bg: #fff1b8;
  --tr-good: #1a7f37; --tr-good-bg: #dff5e4; --tr-info: #0b5cad; --tr-info-bg: #e3eefb;
  --tr-warning: #8a5300; --tr-warning-bg: #fff4d6; --tr-error: #c0262d; --tr-error-bg: #fde8e8; }
@media (prefers-color-scheme: dark) {
  :root { --tr-bg: #0f1419; --tr-fg: #e2e8ee; --tr-heading: #f2f6fa; --tr-muted: #9aa7b4; --tr-link: #6cb2ff;
    --tr-border: #2d3843; --tr-subtle-border: #222c36; --tr-card-bg: #161d24; --tr-subtle-bg: #1d2630;
    --tr-accent: #8cc2ff; --tr-accent-bg: #17304d; --tr-focus-bg: #4a3f12;
    --tr-good: #5ad07a; --tr-good-bg: #133222; --tr-info: #8cc2ff; --tr-info-bg: #17304d;
    --tr-warning: #f0b454; --tr-warning-bg: #3a2c10; --tr-error: #ff7b7b; --tr-error-bg: #3d1719; }
}
html { background: var(--tr-bg); }
body { margin: 0; background: var(--tr-bg); }
@media print {
  :root { --tr-bg: #fff; --tr-fg: #000; --tr-heading: #000; --tr-muted: #444; --tr-card-bg: #fff; \
--tr-font-size: 11pt; }
  .trial-record { max-width: none; padding: 0; }
  .section { break-inside: auto; }
  .card, .person, .location, .finding, .field { break-inside: avoid; }
  .trial-record a { color: inherit; text-decoration: underline; }
}
`;

/**
 * The webview maps the same custom properties to VS Code's theme variables, so the
 * preview follows light, dark and high-contrast themes.
 */
export const WEBVIEW_THEME_CSS = `
:root {
  --tr-font: var(--vscode-font-family); --tr-mono: var(--vscode-editor-font-family); \
--tr-font-size: var(--vscode-font-size, 13px);
  --tr-bg: var(--vscode-editor-background); --tr-fg: var(--vscode-editor-foreground);
  --tr-heading: var(--vscode-editor-foreground); --tr-muted: var(--vscode-descriptionForeground);
  --tr-link: var(--vscode-textLink-foreground);
  --tr-border: var(--vscode-widget-border, var(--vscode-panel-border, rgba(128, 128, 128, .35)));
  --tr-subtle-border: var(--vscode-editorWidget-border, rgba(128, 128, 128, .18));
  --tr-card-bg: var(--vscode-editorWidget-background, transparent);
  --tr-subtle-bg: var(--vscode-textCodeBlock-background, rgba(128, 128, 128, .1));
  --tr-accent: var(--vscode-textLink-foreground); --tr-accent-bg: var(--vscode-badge-background);
  --tr-focus-bg: var(--vscode-editor-findMatchHighlightBackground, rgba(255, 200, 0, .3));
  --tr-good: var(--vscode-testing-iconPassed, #388a34); --tr-good-bg: transparent;
  --tr-info: var(--vscode-editorInfo-foreground); --tr-info-bg: var(--vscode-inputValidation-infoBackground, \
transparent);
  --tr-warning: var(--vscode-editorWarning-foreground); \
--tr-warning-bg: var(--vscode-inputValidation-warningBackground, transparent);
  --tr-error: var(--vscode-editorError-foreground); --tr-error-bg: var(--vscode-inputValidation-errorBackground, \
transparent);
}
body { margin: 0; padding: 0; background: var(--tr-bg); }
.chip { color: var(--vscode-badge-foreground); }
.badge { --tone-border: var(--tone-fg); }
body.vscode-high-contrast .card, body.vscode-high-contrast .field, body.vscode-high-contrast .person,
body.vscode-high-contrast .location, body.vscode-high-contrast .finding, body.vscode-high-contrast .findings-summary {
  border-color: var(--vscode-contrastBorder); }
body.vscode-high-contrast .finding { border-left-color: var(--sev); }
body.vscode-high-contrast [data-pointer].tr-flash { outline: 1px dashed var(--vscode-contrastActiveBorder); \
animation: none; }
`;

/** The stylesheet of the standalone page (`trial-record render`, screenshots). */
export function standalonePageCss(): string {
  return STANDALONE_THEME_CSS + COMPONENT_CSS + RESULTS_CSS;
}

/** The stylesheet of the webview: the build writes it to dist/preview.css (a test keeps them equal). */
export function webviewCss(): string {
  return (
    `/* Generated from server/src/core/render/pageStyles.ts by scripts/build-assets.ts: ` +
    `do not edit. */\n${WEBVIEW_THEME_CSS}${COMPONENT_CSS}${RESULTS_CSS}`
  );
}
