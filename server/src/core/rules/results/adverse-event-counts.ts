import { eventsScope, EVENTS, groupLabel, moduleOf } from '../../results';
import { asArray, asNumber, asObject, asString } from '../util/read';
import { defineRule } from '../defineRule';

const TABLES = [
  ['deaths', 'All-cause mortality'],
  ['serious', 'Serious adverse events'],
  ['other', 'Other adverse events'],
] as const;

export default defineRule({
  id: 'results/adverse-event-counts',
  description: 'Adverse event counts: affected ≤ at risk, events ≥ affected, and no term affects more participants than its group\'s total.',
  severity: 'error',
  messages: {
    groupAffected: '{table}, group {group}: {affected} affected out of {atRisk} at risk. Affected cannot exceed at risk.',
    termAffected: '"{term}", group {group}: {affected} affected out of {atRisk} at risk. Affected cannot exceed at risk.',
    events: '"{term}", group {group}: {events} events but {affected} participants affected. Each affected participant had at least one event.',
    aboveTotal: '"{term}", group {group}: {affected} affected, but the group\'s total for {table} is {total}.',
  },
  docs: {
    details:
      'Within the adverse event tables the registry checks that no group reports more participants affected than at risk, that a term\'s number of events is at least its number affected, and that no single term affects more participants than the group\'s total for its table (participants with any serious, or any other, adverse event).',
    wrong: `resultsSection:
  adverseEventsModule:
    eventGroups:
      - { id: EG000, title: Drug, seriousNumAffected: 999, seriousNumAtRisk: 59 }
`,
    right: `resultsSection:
  adverseEventsModule:
    eventGroups:
      - { id: EG000, title: Drug, seriousNumAffected: 9, seriousNumAtRisk: 59 }
`,
  },
  check(context) {
    const module = moduleOf(context.study, 'adverseEventsModule');
    const scope = eventsScope(context.study);
    const totals = new Map<string, Record<string, number | undefined>>();
    asArray(module.eventGroups).forEach((raw, index) => {
      const group = asObject(raw);
      const id = asString(group?.id);
      if (!group || !id) return;
      totals.set(id, { serious: asNumber(group.seriousNumAffected), other: asNumber(group.otherNumAffected) });
      for (const [key, table] of TABLES) {
        const affected = asNumber(group[`${key}NumAffected`]);
        const atRisk = asNumber(group[`${key}NumAtRisk`]);
        if (affected !== undefined && atRisk !== undefined && affected > atRisk) {
          context.report({ messageId: 'groupAffected', pointer: `${EVENTS}/eventGroups/${index}/${key}NumAffected`, data: { table, group: groupLabel(scope, id), affected, atRisk } });
        }
      }
    });
    for (const [list, key, table] of [['seriousEvents', 'serious', 'serious adverse events'], ['otherEvents', 'other', 'other adverse events']] as const) {
      asArray(module[list]).forEach((raw, e) => {
        const event = asObject(raw);
        const term = () => asString(event?.term) ?? `#${e + 1}`;
        asArray(event?.stats).forEach((s, i) => {
          const stats = asObject(s);
          const id = asString(stats?.groupId);
          if (!stats || !id) return;
          const [events, affected, atRisk] = [asNumber(stats.numEvents), asNumber(stats.numAffected), asNumber(stats.numAtRisk)];
          // Labels and pointers are built only for a finding: a large record has thousands of counts.
          const at = (key: string) => `${EVENTS}/${list}/${e}/stats/${i}/${key}`;
          const total = totals.get(id)?.[key];
          if (affected !== undefined && atRisk !== undefined && affected > atRisk) {
            context.report({ messageId: 'termAffected', pointer: at('numAffected'), data: { term: term(), group: groupLabel(scope, id), affected, atRisk } });
          } else if (affected !== undefined && total !== undefined && affected > total) {
            context.report({ messageId: 'aboveTotal', pointer: at('numAffected'), data: { term: term(), group: groupLabel(scope, id), affected, total, table } });
          }
          if (events !== undefined && affected !== undefined && events < affected) {
            context.report({ messageId: 'events', pointer: at('numEvents'), data: { term: term(), group: groupLabel(scope, id), events, affected } });
          }
        });
      });
    }
  },
});
