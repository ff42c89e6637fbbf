import { escapeHtml, type RuleInfo, type Severity } from '../core';
import { topRows, type GroupKey, type GroupRow, type ReportData, type RuleRow } from './reportData';

export interface ReportPageOptions {
  readonly title: string;
  /** What was checked, as the user named it. */
  readonly inputs: readonly string[];
  readonly rules: readonly RuleInfo[];
  /** A fresh random nonce for the page's one style element. */
  readonly nonce: string;
  readonly generatedAt: string;
}

/** No scripts, no remote loads: the only thing the page may use is its own style element. */
export function reportCsp(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; img-src data:; base-uri 'none'; form-action 'none'`;
}

const SEVERITY_LABELS: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };
const GROUP_TITLES: Record<GroupKey, string> = {
  sponsor: 'Lead sponsor',
  status: 'Overall status',
  studyType: 'Study type',
  phase: 'Phase',
};
const CHART_RULES = 30;
const SPONSOR_ROWS = 25;

/** The overview page a QC manager reads: totals, findings per rule, breakdowns, and the records to look at first. */
export function renderReportPage(data: ReportData, options: ReportPageOptions): string {
  const docs = new Map(options.rules.map((rule) => [rule.id, rule]));
  const rules = [...data.rules.values()].sort((a, b) => b.findings - a.findings || (a.rule < b.rule ? -1 : 1));
  const body = [
    `<header><h1>${escapeHtml(options.title)}</h1>`,
    `<p class="meta">${escapeHtml(options.inputs.join(', '))} · generated ` +
      `${escapeHtml(options.generatedAt)} by Trial Record Studio</p></header>`,
    totals(data),
    '<section><h2 id="rules">Findings per rule</h2>',
    rules.length === 0 ? '<p>No findings.</p>' : chart(rules.slice(0, CHART_RULES)) + ruleTable(rules, docs),
    '</section>',
    '<section><h2 id="breakdown">Records by group</h2><div class="groups">',
    ...(Object.keys(GROUP_TITLES) as GroupKey[]).map((key) => groupTable(key, data.groups[key].values())),
    '</div></section>',
    worstRecords(data, docs),
  ].join('\n');
  return (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${reportCsp(options.nonce)}">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="color-scheme" content="light ' +
    'dark">\n<meta name="generator" content="Trial Record Studio">\n' +
    `<title>${escapeHtml(options.title)}</title>\n<style nonce="${options.nonce}">` +
    `${STYLE}</style>\n</head>\n<body>\n<main>\n${body}\n</main>\n</body>\n</html>\n`
  );
}

function number(value: number): string {
  return value.toLocaleString('en-US');
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${((100 * part) / whole).toFixed(part === whole || part === 0 ? 0 : 1)}%`;
}

function totals(data: ReportData): string {
  const tile = (value: string, label: string, tone = '') =>
    `<div class="tile ${tone}"><div class="value">${value}</div><div class="label">${label}</div></div>`;
  return [
    '<section class="tiles" aria-label="Totals">',
    tile(number(data.records), 'records checked'),
    tile(
      number(data.recordsWithErrors),
      `records with errors (${percent(data.recordsWithErrors, data.records)})`,
      data.recordsWithErrors > 0 ? 'error' : '',
    ),
    tile(
      number(data.recordsWithFindings),
      `records with any finding (${percent(data.recordsWithFindings, data.records)})`,
    ),
    tile(number(data.counts.error), 'errors', data.counts.error > 0 ? 'error' : ''),
    tile(number(data.counts.warning), 'warnings', data.counts.warning > 0 ? 'warning' : ''),
    tile(number(data.counts.info), 'notes'),
    data.problems > 0 ? tile(number(data.problems), 'inputs that could not be read', 'error') : '',
    '</section>',
  ].join('\n');
}

/** A horizontal bar chart in plain SVG: one bar per rule, length by number of findings. */
function chart(rules: readonly RuleRow[]): string {
  const rowHeight = 22;
  const labelWidth = 330;
  const barWidth = 420;
  const width = labelWidth + barWidth + 70;
  const height = rules.length * rowHeight + 8;
  const max = Math.max(...rules.map((rule) => rule.findings));
  const bars = rules.map((rule, index) => {
    const y = index * rowHeight + 4;
    const length = Math.max(2, Math.round((rule.findings / max) * barWidth));
    return (
      `<g class="bar ${rule.severity}"><title>${escapeHtml(rule.rule)}: ` +
      `${number(rule.findings)} findings in ${number(rule.records)} records</title>` +
      `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(rule.rule)}</text>` +
      `<rect x="${labelWidth}" y="${y + 3}" width="${length}" height="${rowHeight - 6}" rx="2"></rect>` +
      `<text x="${labelWidth + length + 6}" y="${y + 15}">${number(rule.findings)}</text></g>`
    );
  });
  return (
    `<figure><svg class="chart" role="img" aria-labelledby="chart-title" ` +
    `viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `<title id="chart-title">Findings per rule (the ${rules.length} most frequent)</title>${bars.join('')}</svg>` +
    '<figcaption><span class="key error">error</span> <span class="key ' +
    'warning">warning</span> <span class="key info">note</span></figcaption></figure>'
  );
}

function ruleTable(rules: readonly RuleRow[], docs: ReadonlyMap<string, RuleInfo>): string {
  const rows = rules.map((rule) => {
    const info = docs.get(rule.rule);
    const name = info ? `<a href="${escapeHtml(info.docs)}">${escapeHtml(rule.rule)}</a>` : escapeHtml(rule.rule);
    return (
      `<tr><td><code>${name}</code></td><td><span class="sev ` +
      `${rule.severity}">${SEVERITY_LABELS[rule.severity]}</span></td>` +
      `<td class="num">${number(rule.findings)}</td><td class="num">` +
      `${number(rule.records)}</td><td>${escapeHtml(info?.description ?? '')}</td></tr>`
    );
  });
  return (
    '<table class="rules"><thead><tr><th>Rule (documentation)</th>' +
    '<th>Severity</th><th class="num">Findings</th><th class="num">Records</th>' +
    `<th>What it checks</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`
  );
}

function groupTable(key: GroupKey, rows: Iterable<GroupRow>): string {
  const shown = key === 'sponsor' ? topRows(rows, SPONSOR_ROWS, 'Other sponsors') : topRows(rows, Infinity, '');
  const body = shown.map(
    (row) =>
      `<tr><td>${escapeHtml(row.name)}</td><td class="num">` +
      `${number(row.records)}</td><td class="num">${number(row.withErrors)}</td>` +
      `<td class="num">${percent(row.withErrors, row.records)}</td><td class="num">${number(row.findings)}</td></tr>`,
  );
  return (
    `<table class="group" id="by-${key}"><caption>${GROUP_TITLES[key]}</caption>` +
    `<thead><tr><th>${GROUP_TITLES[key]}</th><th class="num">Records</th>` +
    `<th class="num">With errors</th><th class="num">Share</th>` +
    `<th class="num">Findings</th></tr></thead><tbody>${body.join('\n')}</tbody></table>`
  );
}

function worstRecords(data: ReportData, docs: ReadonlyMap<string, RuleInfo>): string {
  if (data.worst.length === 0) return '';
  const name = (record: ReportData['worst'][number]) =>
    record.nctId && !record.label.includes(record.nctId) ? `${record.nctId} · ${record.label}` : record.label;
  const list = data.worst.map(
    (record, index) =>
      `<tr><td><a href="#record-${index + 1}">${escapeHtml(name(record))}</a>` +
      `</td><td class="num">${number(record.errors)}</td>` +
      `<td class="num">${number(record.total)}</td></tr>`,
  );
  const details = data.worst.map((record, index) => {
    const items = record.findings.map((finding) => {
      const info = docs.get(finding.rule);
      const rule = info
        ? `<a href="${escapeHtml(info.docs)}">${escapeHtml(finding.rule)}</a>`
        : escapeHtml(finding.rule);
      return (
        `<li><span class="sev ${finding.severity}">` +
        `${SEVERITY_LABELS[finding.severity]}</span> ${escapeHtml(finding.message)} ` +
        `<span class="where">line ${finding.range.start.line + 1}` +
        `${finding.path ? ` · <code>${escapeHtml(finding.path)}</code>` : ''} · <code>${rule}</code></span></li>`
      );
    });
    const more =
      record.total > record.findings.length
        ? `<p class="meta">…and ${number(record.total - record.findings.length)} more.</p>`
        : '';
    return (
      `<article id="record-${index + 1}"><h3>${escapeHtml(name(record))}</h3>` +
      `<ul>${items.join('\n')}</ul>${more}</article>`
    );
  });
  return (
    `<section><h2 id="worst">Records with the most problems</h2>` +
    `<table class="worst"><thead><tr><th>Record</th><th class="num">Errors</th>` +
    `<th class="num">Findings</th></tr></thead><tbody>` +
    `${list.join('\n')}</tbody></table>\n${details.join('\n')}</section>`
  );
}

const STYLE = `
:root { --fg: #1b1f24; --muted: #5a6270; --bg: #ffffff; --line: #d8dde3; --panel: #f5f7f9;
  --error: #c62828; --warning: #b26a00; --info: #1f6feb; --link: #0b5cad; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e8eb; --muted: #9aa3ae; --bg: #16181c; --line: #343a42; \
--panel: #1f2329;
  --error: #ff6b6b; --warning: #f0a83a; --info: #6ea8fe; --link: #79b8ff; } }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); \
background: var(--bg); }
main { max-width: 1100px; margin: 0 auto; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 32px 0 12px; border-bottom: 1px solid \
var(--line); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 20px 0 6px; }
a { color: var(--link); } code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; }
.meta { color: var(--muted); margin: 0; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; margin-top: 20px; }
.tile { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 12px; }
.tile .value { font-size: 24px; font-weight: 600; } .tile .label { color: var(--muted); }
.tile.error .value { color: var(--error); } .tile.warning .value { color: var(--warning); }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
.rules td:first-child { white-space: nowrap; }
th { font-weight: 600; } .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
.groups { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 0 24px; align-items: start; }
figure { margin: 0; overflow-x: auto; }
.chart text { font: 12px system-ui, sans-serif; fill: var(--fg); }
.chart .error rect { fill: var(--error); } .chart .warning rect { fill: var(--warning); }
.chart .info rect { fill: var(--info); }
figcaption { color: var(--muted); }
.key::before { content: ""; display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; }
.key.error::before { background: var(--error); } .key.warning::before { background: var(--warning); } \
.key.info::before { background: var(--info); }
.sev { font-size: 12px; font-weight: 600; } .sev.error { color: var(--error); } .sev.warning { color: var(--warning); }
.sev.info { color: var(--info); }
article ul { padding-left: 20px; margin: 0; } article li { margin: 2px 0; } .where { color: var(--muted); \
font-size: 12px; }
@media print { .groups { display: block; } }
`;
