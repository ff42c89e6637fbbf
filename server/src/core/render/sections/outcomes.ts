import type { RenderContext } from '../context';
import { escapeHtml, pointerOf } from '../html';
import { asArray, asText, readPath } from '../../model/read';
import { P, richText, section } from './section';

const KINDS = [
  ['primaryOutcomes', 'Primary Outcome Measures'],
  ['secondaryOutcomes', 'Secondary Outcome Measures'],
  ['otherOutcomes', 'Other Outcome Measures'],
] as const;

/** Outcome Measures: primary, secondary and other, each with its time frame. */
export function renderOutcomes(context: RenderContext, study: unknown): string {
  const module = readPath(study, 'protocolSection', 'outcomesModule');
  const groups = KINDS.map(([key, title]) => {
    const pointer = `${P.outcomes}/${key}`;
    const items = asArray(readPath(module, key))
      .map((outcome, index) => renderOutcome(context, outcome, pointerOf(pointer, index)))
      .join('');
    return items === ''
      ? ''
      : context.block('div', 'outcome-group', pointer, `<h3>${title}</h3>`, `<ol class="outcomes">${items}</ol>`);
  }).join('');
  return section(context, 'outcome-measures', 'Outcome Measures', P.outcomes, groups);
}

function renderOutcome(context: RenderContext, outcome: unknown, pointer: string): string {
  const measure = asText(readPath(outcome, 'measure'));
  const timeFrame = asText(readPath(outcome, 'timeFrame'));
  const head = `<p class="measure">${measure === undefined ? '<em>Untitled measure</em>' : escapeHtml(measure)}</p>`;
  const time =
    timeFrame === undefined
      ? ''
      : `<p class="time-frame"><span class="meta-label">Time frame</span> ${escapeHtml(timeFrame)}</p>`;
  return context.block('li', 'outcome', pointer, head, (richText(readPath(outcome, 'description')) ?? '') + time);
}
