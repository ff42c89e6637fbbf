import { enumLabel } from '../../model/enums';
import { EVENTS, eventsScope, numberOf as asNumber, type GroupScope } from '../../results';
import type { RenderContext } from '../context';
import { escapeHtml, plural } from '../html';
import { asArray, asObject, asText, readPath, type Loose } from '../../model/read';
import { cell, EMPTY_CELL, fraction, groupDescriptions, row, table } from './resultsTables';
import { fieldList, richText, section } from './section';

/** Organ systems fold when a table has more terms than this, so a 2,000-term record stays readable. */
const OPEN_LIMIT = 60;

function totalsRow(
  context: RenderContext,
  scope: GroupScope,
  groups: readonly unknown[],
  key: string,
  label: string,
): string {
  const cells = scope.groups.map((g) => {
    const index = groups.findIndex((raw) => asText(asObject(raw)?.id) === g.id);
    const group = asObject(groups[index]);
    const affected = asNumber(group?.[`${key}NumAffected`]);
    if (!group || affected === undefined) return EMPTY_CELL;
    const pointer = `${EVENTS}/eventGroups/${index}/${key}NumAffected`;
    return cell(context, pointer, fraction(affected, asNumber(group[`${key}NumAtRisk`])), [
      `${EVENTS}/eventGroups/${index}/${key}NumAtRisk`,
    ]);
  });
  return cells.every((c) => c === EMPTY_CELL) ? '' : row(escapeHtml(label), cells, 'totals');
}

function termRow(context: RenderContext, scope: GroupScope, event: Loose, pointer: string): string {
  const stats = asArray(event.stats);
  const cells = scope.groups.map((g) => {
    const index = stats.findIndex((s) => asText(asObject(s)?.groupId) === g.id);
    const s = asObject(stats[index]);
    if (!s) return EMPTY_CELL;
    const events = asNumber(s.numEvents);
    const html =
      fraction(asNumber(s.numAffected), asNumber(s.numAtRisk)) +
      (events === undefined ? '' : `<span class="events">${plural(events, 'event')}</span>`);
    return cell(context, `${pointer}/stats/${index}`, html);
  });
  const term = asText(event.term) ?? 'Untitled term';
  const assessment = asText(event.assessmentType);
  const badge =
    assessment === 'NON_SYSTEMATIC_ASSESSMENT'
      ? ` <span class="qualifier" title="${escapeHtml(enumLabel('EventAssessment', assessment))}">†</span>`
      : '';
  return row(
    `<span data-pointer="${escapeHtml(pointer)}">${escapeHtml(term)}</span>${badge}${context.slot(pointer)}`,
    cells,
    'term',
  );
}

function eventTable(
  context: RenderContext,
  scope: GroupScope,
  module: Loose,
  list: 'seriousEvents' | 'otherEvents',
  key: string,
  title: string,
): string {
  const events = asArray(module[list]);
  const totals = totalsRow(context, scope, asArray(module.eventGroups), key, `Total, ${title.toLowerCase()}`);
  const bySystem = new Map<string, number[]>();
  events.forEach((raw, i) => {
    const system = asText(asObject(raw)?.organSystem) ?? 'Organ system not given';
    const indices = bySystem.get(system);
    if (indices) indices.push(i);
    else bySystem.set(system, [i]);
  });
  const isOpen = !context.collapseLongLists || events.length <= OPEN_LIMIT;
  const systems = [...bySystem].map(([system, indices]) => {
    const rows = indices
      .map((i) => termRow(context, scope, asObject(events[i]) ?? {}, `${EVENTS}/${list}/${i}`))
      .join('');
    const open = isOpen || indices.some((i) => context.hasFindingsAt(`${EVENTS}/${list}/${i}`));
    const summary =
      `<summary>${escapeHtml(system)} <span class="count">` + `${plural(indices.length, 'term')}</span></summary>`;
    return (
      `<details class="organ-system"${open ? ' open' : ''}>` +
      `${summary}${table(context, scope, 'events-table', rows)}</details>`
    );
  });
  if (totals === '' && systems.length === 0) return '';
  const body = table(context, scope, 'events-table totals-table', totals) + systems.join('');
  return context.block('div', 'event-table', `${EVENTS}/${list}`, `<h3>${escapeHtml(title)}</h3>`, body);
}

/** Adverse events: all-cause mortality, serious and other events by organ system, with their settings. */
export function renderAdverseEvents(context: RenderContext, study: unknown): string {
  const module = asObject(readPath(study, 'resultsSection', 'adverseEventsModule'));
  if (!module) return '';
  const scope = eventsScope(study);
  const threshold = asText(module.frequencyThreshold);
  const fields = fieldList([
    context.field(
      'Time Frame',
      asText(module.timeFrame) && escapeHtml(asText(module.timeFrame)!),
      `${EVENTS}/timeFrame`,
    ),
    context.field('Description', richText(module.description), `${EVENTS}/description`),
    context.field('Frequency Threshold', threshold && `${escapeHtml(threshold)}%`, `${EVENTS}/frequencyThreshold`),
    context.field(
      'All-Cause Mortality',
      richText(module.allCauseMortalityComment),
      `${EVENTS}/allCauseMortalityComment`,
    ),
  ]);
  const mortality = totalsRow(context, scope, asArray(module.eventGroups), 'deaths', 'Total, all-cause mortality');
  const mortalityTable = mortality
    ? context.block(
        'div',
        'event-table',
        `${EVENTS}/eventGroups`,
        '<h3>All-Cause Mortality</h3>',
        table(context, scope, 'events-table', mortality),
      )
    : '';
  const legend =
    '<p class="hint">Cells: participants affected / at risk (%), ' +
    'and number of events. † non-systematic assessment.</p>';
  const tables =
    mortalityTable +
    eventTable(context, scope, module, 'seriousEvents', 'serious', 'Serious Adverse Events') +
    eventTable(context, scope, module, 'otherEvents', 'other', 'Other (Not Including Serious) Adverse Events');
  return section(
    context,
    'adverse-events',
    'Adverse Events',
    EVENTS,
    fields + (tables ? legend + tables : '') + groupDescriptions(scope),
  );
}
