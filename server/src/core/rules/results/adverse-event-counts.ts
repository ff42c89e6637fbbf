import { eventsScope, EVENTS, groupLabel, moduleOf } from '../../results';
import { asArray, asNumber, asObject, asString } from '../../model/read';
import { defineRule } from '../defineRule';

const TABLES = [
  ['deaths', 'All-cause mortality'],
  ['serious', 'Serious adverse events'],
  ['other', 'Other adverse events'],
] as const;

export default defineRule({
  id: 'results/adverse-event-counts',
  description:
    'Adverse event counts: affected ≤ at risk, events ≥ affected, ' +
    "and no term affects more participants than its group's total.",
  severity: 'error',
  catalogue: [],
  tier: 'official',
  messages: {
    groupAffected:
      '{table}, group {group}: {affected} affected out of {atRisk} at risk. Affected cannot exceed at risk.',
    termAffected:
      '"{term}", group {group}: {affected} affected out of {atRisk} at risk. Affected cannot exceed at risk.',
    events:
      '"{term}", group {group}: {events} events but {affected} ' +
      'participants affected. Each affected participant had at least one event.',
    aboveTotal: '"{term}", group {group}: {affected} affected, but the group\'s total for {table} is {total}.',
  },
  docs: {
    details:
      'Within the adverse event tables the registry checks that no group reports more ' +
      "participants affected than at risk, that a term's number of events is at least its " +
      "number affected, and that no single term affects more participants than the group's " +
      'total for its table (participants with any serious, or any other, adverse event).',
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
          context.report({
            messageId: 'groupAffected',
            pointer: `${EVENTS}/eventGroups/${index}/${key}NumAffected`,
            data: { table, group: groupLabel(scope, id), affected, atRisk },
          });
        }
      }
    });
    for (const [list, key, table] of [
      ['seriousEvents', 'serious', 'serious adverse events'],
      ['otherEvents', 'other', 'other adverse events'],
    ] as const) {
      const terms = asArray(module[list]);
      // Plain loops, and labels and pointers built only for a finding: a large record has thousands of counts.
      for (let e = 0; e < terms.length; e++) {
        const stats = asArray(asObject(terms[e])?.stats);
        for (let i = 0; i < stats.length; i++) {
          const counts = asObject(stats[i]);
          const id = asString(counts?.groupId);
          if (!counts || !id) continue;
          const numEvents = asNumber(counts.numEvents);
          const affected = asNumber(counts.numAffected);
          const atRisk = asNumber(counts.numAtRisk);
          if (affected === undefined) continue;
          const total = totals.get(id)?.[key];
          const isAboveRisk = atRisk !== undefined && affected > atRisk;
          const isAboveTotal = !isAboveRisk && total !== undefined && affected > total;
          const isBelowAffected = numEvents !== undefined && numEvents < affected;
          if (!isAboveRisk && !isAboveTotal && !isBelowAffected) continue;
          const pointer = `${EVENTS}/${list}/${e}/stats/${i}`;
          const data = {
            term: asString(asObject(terms[e])?.term) ?? `#${e + 1}`,
            group: groupLabel(scope, id),
            affected,
          };
          if (isAboveRisk)
            context.report({
              messageId: 'termAffected',
              pointer: `${pointer}/numAffected`,
              data: { ...data, atRisk: atRisk },
            });
          if (isAboveTotal)
            context.report({
              messageId: 'aboveTotal',
              pointer: `${pointer}/numAffected`,
              data: { ...data, total: total, table },
            });
          if (isBelowAffected)
            context.report({
              messageId: 'events',
              pointer: `${pointer}/numEvents`,
              data: { ...data, events: numEvents },
            });
        }
      }
    }
  },
});
