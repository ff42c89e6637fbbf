import { enumLabel } from '../../model/enums';
import {
  denomCounts,
  isCountMeasure,
  measureRows,
  numberOf,
  type GroupScope,
  type MeasureEntry,
  type MeasurementCell,
} from '../../results';
import type { RenderContext } from '../context';
import { escapeHtml } from '../html';
import { asBoolean, asText } from '../../model/read';
import { cell, EMPTY_CELL, note, row, spanRow } from './resultsTables';

type Counts = ReadonlyMap<string, { value: number | undefined; pointer: string }>;

/** "Mean (Standard Deviation)", "Count of Participants": the registry's caption of a measure's values. */
export function measureCaption(measure: MeasureEntry): string {
  const param = measure.paramType ? enumLabel('MeasureParam', measure.paramType) : undefined;
  const raw = asText(measure.object.dispersionType);
  const dispersion = raw && measure.kind === 'baseline' ? enumLabel('MeasureDispersionType', raw) : raw;
  const parts = [
    param && dispersion && !/^(NA|Not Applicable)$/i.test(dispersion) ? `${param} (${dispersion})` : param,
    measure.unit && `Unit of measure: ${measure.unit}`,
  ];
  return parts
    .filter(Boolean)
    .map((p) => escapeHtml(p!))
    .join(' · ');
}

/** A row of numbers analyzed, one cell per group. */
export function denomRow(context: RenderContext, scope: GroupScope, label: string, counts: Counts): string {
  if (counts.size === 0) return '';
  const cells = scope.groups.map((g) => {
    const count = counts.get(g.id);
    if (!count) return EMPTY_CELL;
    const item = count.pointer.slice(0, count.pointer.lastIndexOf('/'));
    return cell(context, item, count.value === undefined ? '<span class="invalid">?</span>' : String(count.value), [
      count.pointer,
    ]);
  });
  return row(escapeHtml(label), cells, 'denominator');
}

function valueHtml(measure: MeasureEntry, measurement: MeasurementCell, denominator: number | undefined): string {
  const { object } = measurement;
  let html = escapeHtml(measurement.value ?? '');
  const spread = asText(object.spread);
  const lower = asText(object.lowerLimit);
  const upper = asText(object.upperLimit);
  if (spread !== undefined) html += ` <span class="spread">(${escapeHtml(spread)})</span>`;
  else if (lower !== undefined || upper !== undefined)
    html += ` <span class="spread">(${escapeHtml(lower ?? 'NA')} to ${escapeHtml(upper ?? 'NA')})</span>`;
  const value = numberOf(measurement.value);
  if (
    isCountMeasure(measure) &&
    asBoolean(measure.object.calculatePct) !== false &&
    value !== undefined &&
    denominator
  ) {
    html += ` <span class="pct">${((100 * value) / denominator).toFixed(1)}%</span>`;
  }
  return html + note(asText(object.comment));
}

/**
 * The body rows of one measure: its own numbers analyzed, then each row (class) with its
 * categories. `overall` are the numbers analyzed the measure falls back on.
 */
export function measureBodyRows(
  context: RenderContext,
  scope: GroupScope,
  measure: MeasureEntry,
  overall: Counts,
): string {
  const own = denomCounts(measure.object, measure.pointer);
  let html = own.size && measure.kind === 'baseline' ? denomRow(context, scope, 'Number analyzed', own) : '';
  for (const measureRow of measureRows(measure)) {
    const rowTitle = asText(measureRow.object.title);
    const rowDenoms = denomCounts(measureRow.object, measureRow.pointer);
    if (rowTitle) html += spanRow(scope, escapeHtml(rowTitle), 'class-heading', measureRow.pointer, context);
    if (rowDenoms.size) html += denomRow(context, scope, 'Number analyzed', rowDenoms);
    const denominators = rowDenoms.size ? rowDenoms : own.size ? own : overall;
    for (const category of measureRow.categories) {
      const cells = scope.groups.map((g) => {
        const measurement = category.cells.find((c) => c.groupId === g.id);
        return measurement
          ? cell(context, measurement.pointer, valueHtml(measure, measurement, denominators.get(g.id)?.value))
          : EMPTY_CELL;
      });
      const label =
        `<span data-pointer="${escapeHtml(category.pointer)}">` +
        `${escapeHtml(category.title ?? '')}</span>${context.slot(category.pointer)}`;
      html += row(label, cells, 'category');
    }
  }
  return html;
}
