import type { GroupScope } from '../../results';
import type { RenderContext } from '../context';
import { escapeHtml } from '../html';
import { renderMarkdown } from '../markdown';

/**
 * Building blocks of the results tables: groups as columns, one row per milestone, category or
 * term. Every cell that shows a record value carries that value's pointer and a findings slot,
 * so a finding sits in the cell it concerns.
 */

/** The header row: one column per group, its id under the title; descriptions follow the table. */
export function groupHeader(context: RenderContext, scope: GroupScope, corner = ''): string {
  const columns = scope.groups
    .map(
      (g) =>
        `<th scope="col" data-pointer="${escapeHtml(g.pointer)}">${escapeHtml(g.title ?? g.id)}<span ` +
        `class="group-id">${escapeHtml(g.id)}</span>${context.slot(g.pointer)}</th>`,
    )
    .join('');
  return `<thead><tr><th scope="col" class="corner">${corner}</th>${columns}</tr></thead>`;
}

/** A table that scrolls sideways when it has many groups. */
export function table(context: RenderContext, scope: GroupScope, className: string, rows: string, corner = ''): string {
  if (rows === '') return '';
  return (
    `<div class="table-scroll"><table class="results-table ${className}">` +
    `${groupHeader(context, scope, corner)}<tbody>${rows}</tbody></table></div>`
  );
}

/** A row: a heading cell, then one cell per group (in column order). */
export function row(labelHtml: string, cells: readonly string[], className = ''): string {
  return `<tr${className ? ` class="${className}"` : ''}><th scope="row">${labelHtml}</th>${cells.join('')}</tr>`;
}

/** A heading row across the table (an organ system, a measure's title). */
export function spanRow(
  scope: GroupScope,
  html: string,
  className: string,
  pointer?: string,
  context?: RenderContext,
): string {
  const attribute = pointer ? ` data-pointer="${escapeHtml(pointer)}"` : '';
  const slot = pointer && context ? context.slot(pointer) : '';
  return (
    `<tr class="${className}"><th scope="rowgroup" colspan="` +
    `${scope.groups.length + 1}"${attribute}>${html}${slot}</th></tr>`
  );
}

/** A data cell with its pointer and findings slot; `extraPointers` put findings on sibling values here too. */
export function cell(
  context: RenderContext,
  pointer: string,
  html: string,
  extraPointers: readonly string[] = [],
): string {
  const slots = [pointer, ...extraPointers].map((p) => context.slot(p)).join('');
  return `<td data-pointer="${escapeHtml(pointer)}">${html}${slots}</td>`;
}

export const EMPTY_CELL = '<td class="blank"></td>';

/** A note under a value (a measurement's comment). */
export function note(text: string | undefined): string {
  return text === undefined ? '' : `<span class="cell-note">${escapeHtml(text)}</span>`;
}

/** The groups' descriptions under a table, folded: they can be long. */
export function groupDescriptions(scope: GroupScope): string {
  const items = scope.groups
    .filter((g) => g.description)
    .map((g) => `<dt>${escapeHtml(g.title ?? g.id)}</dt><dd>${renderMarkdown(g.description!)}</dd>`);
  return items.length
    ? `<details class="group-descriptions"><summary>Group descriptions</summary><dl>${items.join('')}</dl></details>`
    : '';
}

/** "12 / 240 (5.00%)", as the registry shows counts of participants affected. */
export function fraction(affected: number | undefined, atRisk: number | undefined): string {
  if (affected === undefined) return '';
  if (atRisk === undefined) return String(affected);
  const pct = atRisk > 0 ? ` <span class="pct">(${((100 * affected) / atRisk).toFixed(2)}%)</span>` : '';
  return `${affected}/${atRisk}${pct}`;
}
