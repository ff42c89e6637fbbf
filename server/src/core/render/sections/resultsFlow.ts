import { flowPeriods, flowScope, FLOW, type FlowRow, type GroupScope } from '../../results';
import type { RenderContext } from '../context';
import { escapeHtml } from '../html';
import { asText, readPath } from '../../model/read';
import { cell, EMPTY_CELL, groupDescriptions, row, spanRow, table } from './resultsTables';
import { fieldList, richText, section } from './section';

function flowRows(context: RenderContext, scope: GroupScope, rows: readonly FlowRow[], className: string): string {
  return rows
    .map((r) => {
      const cells = scope.groups.map((g) => {
        const count = r.counts.get(g.id);
        if (!count) return EMPTY_CELL;
        // Findings on the count sit in its cell; the cell's own pointer is the count's item.
        const item = count.pointer.slice(0, count.pointer.lastIndexOf('/'));
        return cell(context, item, count.value === undefined ? '<span class="invalid">?</span>' : String(count.value), [
          count.pointer,
        ]);
      });
      return row(
        `<span data-pointer="${escapeHtml(r.pointer)}">${escapeHtml(r.title)}</span>${context.slot(r.pointer)}`,
        cells,
        className,
      );
    })
    .join('');
}

/** Participant flow: recruitment and pre-assignment details, then one table per period. */
export function renderParticipantFlow(context: RenderContext, study: unknown): string {
  const module = readPath(study, 'resultsSection', 'participantFlowModule');
  if (module === undefined) return '';
  const scope = flowScope(study);
  const details = fieldList([
    context.field(
      'Recruitment Details',
      richText(readPath(module, 'recruitmentDetails')),
      `${FLOW}/recruitmentDetails`,
    ),
    context.field(
      'Pre-assignment Details',
      richText(readPath(module, 'preAssignmentDetails')),
      `${FLOW}/preAssignmentDetails`,
    ),
    context.field(
      'Units Assigned',
      escapeOr(asText(readPath(module, 'typeUnitsAnalyzed'))),
      `${FLOW}/typeUnitsAnalyzed`,
    ),
  ]);
  const periods = flowPeriods(study)
    .map((period) => {
      const reasons = period.reasons.length
        ? spanRow(scope, 'Reasons not completed', 'reason-heading') + flowRows(context, scope, period.reasons, 'reason')
        : '';
      const rows = flowRows(context, scope, period.milestones, 'milestone') + reasons;
      const title = `<h3>${escapeHtml(period.title ?? `Period ${period.index + 1}`)}</h3>`;
      return context.block('div', 'flow-period', period.pointer, title, table(context, scope, 'flow-table', rows));
    })
    .join('');
  return section(context, 'participant-flow', 'Participant Flow', FLOW, details + periods + groupDescriptions(scope));
}

function escapeOr(text: string | undefined): string | undefined {
  return text === undefined ? undefined : escapeHtml(text);
}
