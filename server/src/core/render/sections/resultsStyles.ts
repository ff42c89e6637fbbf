/** Styles of the Results part: tables readable in light, dark and high-contrast themes (colours from `--tr-*`). */
export const RESULTS_CSS = `
.results-part { margin-top: 2.5rem; }
.part-heading { margin: 0; padding: .5rem 0; font-size: 1.45em; font-weight: 650; border-bottom: 2px solid \
var(--tr-accent); }
.table-scroll { overflow-x: auto; margin: .5rem 0 .75rem; border: 1px solid var(--tr-border); border-radius: 8px; }
.results-table { width: 100%; border-collapse: collapse; font-size: .92em; font-variant-numeric: tabular-nums; }
.results-table th, .results-table td { padding: .35rem .6rem; border-bottom: 1px solid var(--tr-subtle-border); \
text-align: left; vertical-align: top; }
.results-table thead th { position: sticky; top: 0; background: var(--tr-subtle-bg); color: var(--tr-heading); \
font-weight: 650; }
.results-table thead th.corner { min-width: 10rem; }
.results-table tbody th[scope="row"] { font-weight: 500; color: var(--tr-fg); min-width: 10rem; }
.results-table td { white-space: nowrap; }
.results-table tr:last-child > * { border-bottom: none; }
.results-table td .findings, .results-table th .findings { white-space: normal; min-width: 14rem; }
.group-id { display: block; color: var(--tr-muted); font-family: var(--tr-mono); font-size: .78em; font-weight: 500; }
.measure-heading th, .class-heading th, .reason-heading th { background: var(--tr-card-bg); }
.measure-heading th { padding-top: .6rem; font-weight: 650; border-top: 1px solid var(--tr-border); }
.measure-title { display: block; }
.measure-caption { display: block; color: var(--tr-muted); font-size: .9em; font-weight: 500; }
.class-heading th { padding-left: 1rem; font-style: italic; font-weight: 500; }
.reason-heading th { color: var(--tr-muted); font-size: .8em; font-weight: 700; text-transform: uppercase; \
letter-spacing: .05em; }
.results-table .category th[scope="row"], .results-table .reason th[scope="row"] { padding-left: 1.25rem; }
.results-table .denominator th, .results-table .totals th { font-weight: 650; }
.results-table .denominator, .results-table .totals { background: var(--tr-subtle-bg); }
.results-table .blank { color: var(--tr-muted); }
.spread, .pct, .cell-note, .events { color: var(--tr-muted); }
.cell-note, .events { display: block; font-size: .85em; white-space: normal; }
.invalid { color: var(--tr-error); font-weight: 700; }
.population { margin: .25rem 0 .75rem; }
.flow-period h3 { margin-bottom: .25rem; }
.group-descriptions { margin: 0 0 1rem; font-size: .92em; }
.group-descriptions > summary, .organ-system > summary { cursor: pointer; padding: .25rem 0; color: var(--tr-muted); \
font-weight: 600; }
.group-descriptions dl { margin: .25rem 0 0; }
.group-descriptions dt { font-weight: 600; }
.group-descriptions dd { margin: 0 0 .5rem 1rem; }
.result-outcome { margin: 0 0 1.5rem; padding: .9rem 1.1rem; border: 1px solid var(--tr-border); border-radius: 10px; \
background: var(--tr-card-bg); }
.result-outcome > h3 { margin: 0 0 .5rem; font-size: 1.05em; }
.result-outcome .table-scroll { background: var(--tr-bg); }
.analysis { margin: .75rem 0 0; padding: .5rem .85rem; border-left: 3px solid var(--tr-accent-bg); }
.analysis h4 { margin-top: 0; }
.event-table h3 { margin-bottom: .25rem; }
.organ-system { margin: 0 0 .25rem; }
.events-table .corner, .events-table tbody th[scope="row"] { width: 40%; }
.organ-system .table-scroll { margin-top: .25rem; }
body.vscode-high-contrast .table-scroll, body.vscode-high-contrast .result-outcome { border-color: \
var(--vscode-contrastBorder); }
@media print {
  .table-scroll { overflow: visible; border: none; }
  .results-table thead th { position: static; }
  .organ-system:not([open]) > * { display: revert; }
}
`;
