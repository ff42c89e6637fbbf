/**
 * The preview's layout, shared by the webview (dist/preview.css is generated from it) and
 * the standalone page. Colours come from `--tr-*` custom properties that a theme defines:
 * VS Code theme variables in the webview, light/dark palettes in the standalone page.
 */
export const COMPONENT_CSS = `
.trial-record { max-width: 62rem; margin: 0 auto; padding: 1.5rem 1.5rem 3rem; color: var(--tr-fg);
  font-family: var(--tr-font); font-size: var(--tr-font-size, 14px); line-height: 1.55; }
.trial-record a { color: var(--tr-link); text-decoration: none; }
.trial-record a:hover { text-decoration: underline; }
.trial-record code { font-family: var(--tr-mono); font-size: .9em; }
.trial-record h2, .trial-record h3, .trial-record h4 { color: var(--tr-heading); line-height: 1.3; }

.record-header { padding: 0 0 1rem; border-bottom: 1px solid var(--tr-border); }
.title { font-size: 1.65em; font-weight: 650; margin: 0 0 .35rem; letter-spacing: -.01em; color: var(--tr-heading); }
.acronym { color: var(--tr-muted); font-weight: 500; }
.official-title { margin: 0 0 .85rem; color: var(--tr-muted); }
.meta { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.25rem; margin: 0; }
.meta-label { margin-right: .35rem; color: var(--tr-muted); font-size: .75em; font-weight: 600;
  text-transform: uppercase; letter-spacing: .06em; }
.nct-id { font-family: var(--tr-mono); font-weight: 600; }

.badge { display: inline-block; padding: .1em .65em; border-radius: 999px; font-size: .8em; font-weight: 600;
  line-height: 1.5; white-space: nowrap; vertical-align: .05em; color: var(--tone-fg); background: var(--tone-bg);
  border: 1px solid var(--tone-border, transparent); }
.tone-good { --tone-fg: var(--tr-good); --tone-bg: var(--tr-good-bg); }
.tone-info { --tone-fg: var(--tr-info); --tone-bg: var(--tr-info-bg); }
.tone-done { --tone-fg: var(--tr-accent); --tone-bg: var(--tr-accent-bg); }
.tone-bad { --tone-fg: var(--tr-error); --tone-bg: var(--tr-error-bg); }
.tone-muted { --tone-fg: var(--tr-muted); --tone-bg: var(--tr-subtle-bg); }

.findings-summary { display: flex; align-items: center; gap: .55rem; margin: 1rem 0 0; padding: .55rem .85rem;
  border-radius: 8px; font-weight: 600; color: var(--tone-fg); background: var(--tone-bg); \
border: 1px solid var(--tone-border, transparent); }
.summary-icon { width: .6rem; height: .6rem; border-radius: 50%; background: currentColor; flex: none; }
.findings-summary.tone-error { --tone-fg: var(--tr-error); --tone-bg: var(--tr-error-bg); }
.findings-summary.tone-warning { --tone-fg: var(--tr-warning); --tone-bg: var(--tr-warning-bg); }
.findings-summary.tone-info { --tone-fg: var(--tr-info); --tone-bg: var(--tr-info-bg); }
.findings-summary.tone-ok { --tone-fg: var(--tr-good); --tone-bg: var(--tr-good-bg); }

.findings { list-style: none; margin: .5rem 0; padding: 0; font-size: .92em; font-weight: 400; }
.finding { margin: .3rem 0; padding: .4rem .7rem; border-left: 3px solid var(--sev); border-radius: 0 6px 6px 0;
  background: var(--sev-bg); color: var(--tr-fg); }
.finding .sev { margin-right: .25rem; color: var(--sev); font-size: .78em; font-weight: 700; \
text-transform: uppercase; letter-spacing: .05em; }
.finding .rule { margin-left: .25rem; color: var(--tr-muted); font-family: var(--tr-mono); font-size: .8em; \
white-space: nowrap; }
.finding .rule a { color: inherit; }
.sev-error { --sev: var(--tr-error); --sev-bg: var(--tr-error-bg); }
.sev-warning { --sev: var(--tr-warning); --sev-bg: var(--tr-warning-bg); }
.sev-info { --sev: var(--tr-info); --sev-bg: var(--tr-info-bg); }

.results-status { display: flex; flex-wrap: wrap; align-items: baseline; gap: .25rem .75rem; margin: 1.25rem 0 0; }
.inline-heading { margin: 0; font-size: 1em; }
.results-status .hint { flex-basis: 100%; margin: 0; }

.section { margin: 2rem 0 0; }
.section > h2 { margin: 0 0 .85rem; padding-bottom: .35rem; font-size: 1.2em; font-weight: 650;
  border-bottom: 1px solid var(--tr-border); }
.section h3 { margin: 1.1rem 0 .5rem; font-size: 1em; font-weight: 650; }
.section h4 { margin: .75rem 0 .35rem; color: var(--tr-muted); font-size: .78em; font-weight: 700;
  text-transform: uppercase; letter-spacing: .06em; }
.hint, .empty, .qualifier, .place, .person-detail, .reference-meta, .time-frame { color: var(--tr-muted); }
.hint { font-size: .92em; }
.empty { font-style: italic; }
.qualifier { font-size: .92em; }
.sub { display: block; color: var(--tr-muted); font-size: .9em; font-weight: 400; }

.fields { margin: 0; }
.field { display: grid; grid-template-columns: minmax(8rem, 14rem) 1fr; gap: .15rem 1.25rem; padding: .4rem 0;
  border-bottom: 1px solid var(--tr-subtle-border); }
.field:last-child { border-bottom: none; }
.field dt { color: var(--tr-muted); font-weight: 600; }
.field dd { margin: 0; min-width: 0; }
.fields.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(12.5rem, 1fr)); gap: .6rem; }
.facts .field { display: block; padding: .6rem .8rem; border: 1px solid var(--tr-border); border-radius: 8px;
  background: var(--tr-card-bg); }
/* A fact with findings takes two columns, so its messages stay readable. */
.facts .field:has(.findings) { grid-column: span 2; }
.facts .field dt { margin-bottom: .15rem; font-size: .75em; text-transform: uppercase; letter-spacing: .06em; }
.facts .field dd { font-weight: 600; }
.facts .field dd .qualifier, .facts .field dd .badge { font-weight: 500; }
.fields.inline .field { display: flex; flex-wrap: wrap; gap: 0 .5rem; padding: .1rem 0; border: none; }
.fields.inline .field dd { flex: 1 1 auto; }
.fields.inline .field dt::after { content: ":"; }

.rich-text > :first-child { margin-top: 0; }
.rich-text > :last-child { margin-bottom: 0; }
.rich-text p { margin: .5rem 0; }
.rich-text ul, .rich-text ol { margin: .35rem 0 .75rem; padding-left: 1.4rem; }
.rich-text li { margin: .2rem 0; }
.rich-text li::marker { color: var(--tr-muted); }
.rich-text blockquote { margin: .5rem 0; padding-left: .75rem; border-left: 3px solid var(--tr-border); \
color: var(--tr-muted); }
.rich-text table { border-collapse: collapse; margin: .5rem 0; }
.rich-text th, .rich-text td { padding: .25rem .5rem; border: 1px solid var(--tr-border); }
.subsection { margin-top: 1rem; }

.chips-group h3 { margin-top: 0; }
.chips { display: flex; flex-wrap: wrap; gap: .4rem; margin: 0 0 .75rem; padding: 0; list-style: none; }
.chip { padding: .15rem .75rem; border-radius: 999px; color: var(--tr-accent); background: var(--tr-accent-bg); \
font-weight: 500; }

.cards { display: grid; gap: .75rem; }
.card { padding: .9rem 1.1rem; border: 1px solid var(--tr-border); border-radius: 10px; background: var(--tr-card-bg); }
.card > h3 { margin: 0 0 .35rem; font-size: 1.05em; }
.card .rich-text { margin-top: .5rem; }
.arm-interventions { margin: 0; padding: 0; list-style: none; }
.arm-intervention { margin: .4rem 0 0; padding: .5rem .75rem; border-radius: 6px; background: var(--tr-subtle-bg); }
.arm-intervention .name { font-weight: 600; }
.arm-intervention .rich-text { margin-top: .25rem; color: var(--tr-muted); font-size: .95em; }
.arm-intervention.unmatched { border: 1px dashed var(--tr-border); background: transparent; }
.type-tag { display: inline-block; padding: 0 .4em; border: 1px solid var(--tr-border); border-radius: 4px; \
color: var(--tr-muted);
  font-size: .78em; font-weight: 600; vertical-align: .1em; }

.outcome-group h3 { margin-top: 0; }
.outcomes { margin: 0 0 1rem; padding-left: 1.4rem; }
.outcome { margin: 0 0 .75rem; }
.outcome::marker { color: var(--tr-muted); font-weight: 600; }
.measure { margin: 0; font-weight: 600; }
.outcome .rich-text { margin: .2rem 0; }
.time-frame { margin: .15rem 0 0; font-size: .92em; }

.people, .references, .facility-list { margin: 0; padding: 0; list-style: none; }
.people { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: .6rem; }
.person { padding: .6rem .8rem; border: 1px solid var(--tr-border); border-radius: 8px; background: var(--tr-card-bg); }
.person-name, .facility { margin: 0; font-weight: 600; }
.person-detail { margin: .1rem 0 0; font-size: .92em; }
.facility-contacts { margin: 0 0 .9rem; }
.facility-contacts > .facility { margin-bottom: .4rem; }

.country { margin: 0 0 .6rem; }
.country > summary, .facility-details > summary { cursor: pointer; padding: .3rem 0; font-weight: 600; }
.facility-details > summary h3 { display: inline; }
.count { margin-left: .35rem; color: var(--tr-muted); font-size: .85em; font-weight: 500; }
.locations { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: .5rem;
  margin: .35rem 0 0; padding: 0; list-style: none; }
.location { padding: .55rem .8rem; border: 1px solid var(--tr-border); border-radius: 8px; \
background: var(--tr-card-bg); }
.location .badge { margin-left: .35rem; }
.place { margin: .1rem 0 0; font-size: .92em; }

.references { counter-reset: ref; }
.reference { margin: 0 0 .85rem; padding-left: 1rem; border-left: 3px solid var(--tr-accent-bg); }
.citation { margin: 0; }
.reference-meta { margin: .2rem 0 0; font-size: .88em; }
.reference .type-tag { margin-right: .4rem; }

[data-pointer].tr-flash { animation: tr-flash 1.2s ease-out; }
@keyframes tr-flash { from { background-color: var(--tr-focus-bg); } to { background-color: transparent; } }

@media (max-width: 36rem) {
  .trial-record { padding: 1rem .75rem 2rem; }
  .field { grid-template-columns: 1fr; }
  .fields.facts { grid-template-columns: 1fr 1fr; }
  .facts .field:has(.findings) { grid-column: 1 / -1; }
}
`;
