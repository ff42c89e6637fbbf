import { BASELINE, baselineMeasures, baselineScope, denomCounts } from '../../results';
import type { RenderContext } from '../context';
import { escapeHtml } from '../html';
import { asObject, readPath } from '../../model/read';
import { denomRow, measureBodyRows, measureCaption } from './resultsMeasures';
import { groupDescriptions, spanRow, table } from './resultsTables';
import { richText, section } from './section';

/** Baseline characteristics: one table, groups (and Total) as columns, each measure as a block of rows. */
export function renderBaseline(context: RenderContext, study: unknown): string {
  const module = asObject(readPath(study, 'resultsSection', 'baselineCharacteristicsModule'));
  if (!module) return '';
  const scope = baselineScope(study);
  const overall = denomCounts(module, BASELINE);
  let rows = denomRow(context, scope, 'Overall Number of Baseline Participants', overall);
  for (const measure of baselineMeasures(study)) {
    const caption = measureCaption(measure);
    const head =
      `<span class="measure-title">` +
      `${escapeHtml(measure.title ?? 'Untitled measure')}</span>${
        caption ? `<span class="measure-caption">` + `${caption}</span>` : ''
      }`;
    rows +=
      spanRow(scope, head, 'measure-heading', measure.pointer, context) +
      measureBodyRows(context, scope, measure, overall);
  }
  const population = richText(module.populationDescription);
  const intro = population
    ? `<div class="population" data-pointer="${BASELINE}/populationDescription">` +
      `${population}${context.slot(`${BASELINE}/populationDescription`)}</div>`
    : '';
  return section(
    context,
    'baseline-characteristics',
    'Baseline Characteristics',
    BASELINE,
    intro + table(context, scope, 'baseline-table', rows) + groupDescriptions(scope),
  );
}
