import { enumLabel } from '../../model/enums';
import {
  denomCounts,
  outcomeMeasures,
  outcomeScope,
  OUTCOMES,
  type GroupScope,
  type MeasureEntry,
} from '../../results';
import type { RenderContext } from '../context';
import { readableDate } from '../format';
import { escapeHtml } from '../html';
import { asArray, asBoolean, asObject, asText } from '../../model/read';
import { denomRow, measureBodyRows, measureCaption } from './resultsMeasures';
import { groupDescriptions, spanRow, table } from './resultsTables';
import { fieldList, richText, section } from './section';

const text = (value: unknown) => {
  const t = asText(value);
  return t === undefined ? undefined : escapeHtml(t);
};

function renderAnalysis(
  context: RenderContext,
  scope: GroupScope,
  raw: unknown,
  pointer: string,
  index: number,
): string {
  const a = asObject(raw);
  if (!a) return '';
  const groups = asArray(a.groupIds)
    .map((id) => asText(id))
    .filter((id): id is string => id !== undefined)
    .map((id) => escapeHtml(scope.byId.get(id)?.title ?? id));
  const sides = asText(a.ciNumSides);
  const level = asText(a.ciPctValue);
  const ciLabel =
    `${level ? `${escapeHtml(level)}% ` : ''}Confidence ` +
    `Interval${sides ? ` (${escapeHtml(enumLabel('ConfidenceIntervalNumSides', sides))})` : ''}`;
  const lower = asText(a.ciLowerLimit);
  const upper = asText(a.ciUpperLimit);
  const ci =
    lower !== undefined || upper !== undefined
      ? `${escapeHtml(lower ?? 'NA')} to ${escapeHtml(upper ?? 'NA')}`
      : undefined;
  const type = asText(a.nonInferiorityType);
  const dispersion = asText(a.dispersionType);
  const fields = fieldList([
    context.field('Comparison Groups', groups.length ? groups.join(', ') : undefined, `${pointer}/groupIds`),
    context.field('Comparison Group Selection', richText(a.groupDescription), `${pointer}/groupDescription`),
    context.field(
      'Non-Inferiority or Equivalence',
      asBoolean(a.testedNonInferiority) === undefined ? undefined : asBoolean(a.testedNonInferiority) ? 'Yes' : 'No',
      `${pointer}/testedNonInferiority`,
    ),
    context.field(
      'Type of Statistical Test',
      type && escapeHtml(enumLabel('NonInferiorityType', type)),
      `${pointer}/nonInferiorityType`,
    ),
    context.field('Non-Inferiority Details', richText(a.nonInferiorityComment), `${pointer}/nonInferiorityComment`),
    context.field('P-Value', text(a.pValue), `${pointer}/pValue`),
    context.field('P-Value Comment', richText(a.pValueComment), `${pointer}/pValueComment`),
    context.field('Statistical Method', text(a.statisticalMethod), `${pointer}/statisticalMethod`),
    context.field('Method Comment', richText(a.statisticalComment), `${pointer}/statisticalComment`),
    context.field('Estimation Parameter', text(a.paramType), `${pointer}/paramType`),
    context.field('Estimated Value', text(a.paramValue), `${pointer}/paramValue`),
    context.field(ciLabel, ci, `${pointer}/ciLowerLimit`),
    context.field(
      dispersion ? escapeHtml(enumLabel('AnalysisDispersionType', dispersion)) : 'Dispersion',
      text(a.dispersionValue),
      `${pointer}/dispersionValue`,
    ),
    context.field('Estimation Comment', richText(a.estimateComment), `${pointer}/estimateComment`),
    context.field('Other Analysis', richText(a.otherAnalysisDescription), `${pointer}/otherAnalysisDescription`),
  ]);
  return context.block('div', 'analysis', pointer, `<h4>Statistical Analysis ${index + 1}</h4>`, fields);
}

function renderOutcome(context: RenderContext, measure: MeasureEntry): string {
  const o = measure.object;
  const scope = outcomeScope(o, measure.index);
  const type = asText(o.type);
  const tag = type ? `<span class="type-tag">${escapeHtml(enumLabel('OutcomeMeasureType', type))}</span> ` : '';
  const head = `<h3>${tag}${escapeHtml(measure.title ?? 'Untitled outcome measure')}</h3>`;
  const posting = asText(o.anticipatedPostingDate);
  const notPosted =
    asText(o.reportingStatus) === 'NOT_POSTED'
      ? `Not yet posted${posting ? `; anticipated ${escapeHtml(readableDate(posting))}` : ''}`
      : undefined;
  const fields = fieldList([
    context.field('Description', richText(o.description), `${measure.pointer}/description`),
    context.field('Time Frame', text(o.timeFrame), `${measure.pointer}/timeFrame`),
    context.field('Analysis Population', richText(o.populationDescription), `${measure.pointer}/populationDescription`),
    context.field('Reporting Status', notPosted, `${measure.pointer}/reportingStatus`),
  ]);
  const caption = measureCaption(measure);
  const overall = denomCounts(o, measure.pointer);
  const rows =
    denomRow(context, scope, 'Overall Number of Participants Analyzed', overall) +
    (caption
      ? spanRow(
          scope,
          `<span class="measure-caption">${caption}</span>`,
          'measure-heading',
          `${measure.pointer}/paramType`,
          context,
        )
      : '') +
    measureBodyRows(context, scope, measure, overall);
  const data = scope.groups.length ? table(context, scope, 'outcome-table', rows) + groupDescriptions(scope) : '';
  const analyses = asArray(o.analyses)
    .map((a, i) => renderAnalysis(context, scope, a, `${measure.pointer}/analyses/${i}`, i))
    .join('');
  return context.block('article', 'result-outcome', measure.pointer, head, fields + data + analyses);
}

/** Outcome measures: each as a table with its statistical analyses under it. */
export function renderOutcomeResults(context: RenderContext, study: unknown): string {
  const measures = outcomeMeasures(study);
  const body = measures.map((m) => renderOutcome(context, m)).join('');
  return section(
    context,
    'results-outcome-measures',
    'Outcome Measures (Results)',
    OUTCOMES.slice(0, OUTCOMES.lastIndexOf('/')),
    body,
  );
}
