import { baselineMeasures, EVENTS, moduleOf, resultsOf } from '../../results';
import { FINAL_RULE_DATE, earliestDay } from '../../model';
import { asArray, asObject, asString } from '../../model/read';
import { protocolModule } from '../util/read';
import type { Loose } from '../defineRule';
import { defineRule } from '../defineRule';

/** Primary completion on or after 2017-01-18: the results fall under the Final Rule (42 CFR Part 11). */
export function isFinalRuleResults(study: Loose): boolean {
  const date = asString(asObject(protocolModule(study, 'statusModule').primaryCompletionDateStruct)?.date);
  return date !== undefined && /^\d{4}(-\d{2}){0,2}$/.test(date) && earliestDay(date) >= FINAL_RULE_DATE;
}

export default defineRule({
  id: 'results/final-rule-item-missing',
  description:
    'Results under the Final Rule have an all-cause mortality table, ' +
    'an adverse event time frame and assessment type, and baseline age and sex.',
  severity: 'error',
  catalogue: [],
  tier: 'official',
  messages: {
    mortality:
      'The adverse events have no all-cause mortality table (deaths ' +
      'affected and at risk per group), required since {date}.',
    timeFrame:
      'The adverse events have no time frame, required since {date}. ' +
      'Say over which period adverse events were collected.',
    assessment: '"{term}" has no assessment type (systematic or non-systematic), required since {date}.',
    ageSex: 'The baseline has no {missing} measure, required since {date}.',
  },
  docs: {
    details:
      '42 CFR Part 11 applies to studies with primary completion on or after 2017-01-18: their results need an ' +
      'all-cause mortality table, the adverse event time frame, whether each adverse event was assessed ' +
      'systematically, and age and sex (or gender) among the baseline measures. Earlier studies are not checked.',
    wrong: `protocolSection:
  statusModule:
    primaryCompletionDateStruct: { date: 2019-05-01, type: ACTUAL }
resultsSection:
  adverseEventsModule:
    timeFrame: 12 months
    eventGroups: [{ id: EG000, title: Drug, seriousNumAffected: 0, seriousNumAtRisk: 20 }]
`,
    right: `protocolSection:
  statusModule:
    primaryCompletionDateStruct: { date: 2019-05-01, type: ACTUAL }
resultsSection:
  adverseEventsModule:
    timeFrame: 12 months
    eventGroups: [{ id: EG000, title: Drug, deathsNumAffected: 0, deathsNumAtRisk: 20, seriousNumAffected: 0, \
seriousNumAtRisk: 20 }]
`,
  },
  check(context) {
    if (!resultsOf(context.study) || !isFinalRuleResults(context.study)) return;
    const data = { date: FINAL_RULE_DATE };
    const events = asObject(resultsOf(context.study)?.adverseEventsModule);
    if (events) {
      const groups = asArray(events.eventGroups).map(asObject);
      if (groups.length > 0 && !groups.some((g) => g && 'deathsNumAtRisk' in g))
        context.report({ messageId: 'mortality', pointer: `${EVENTS}/eventGroups`, data });
      if (!asString(events.timeFrame)) context.report({ messageId: 'timeFrame', pointer: EVENTS, data });
      for (const list of ['seriousEvents', 'otherEvents']) {
        const index = firstWithoutAssessment(asArray(events[list]));
        if (index < 0) continue;
        const term = asString(asObject(asArray(events[list])[index])?.term) ?? `#${index + 1}`;
        context.report({ messageId: 'assessment', pointer: `${EVENTS}/${list}/${index}`, data: { ...data, term } });
      }
    }
    const baseline = moduleOf(context.study, 'baselineCharacteristicsModule');
    if (asArray(baseline.measures).length === 0) return;
    const titles = baselineMeasures(context.study).map((m) => m.title ?? '');
    const missing = [
      titles.some((t) => /\bage\b/i.test(t)) ? '' : 'age',
      titles.some((t) => /\b(sex|gender)\b/i.test(t)) ? '' : 'sex or gender',
    ].filter(Boolean);
    if (missing.length)
      context.report({
        messageId: 'ageSex',
        pointer: '/resultsSection/baselineCharacteristicsModule/measures',
        data: { ...data, missing: missing.join(' and ') },
      });
  },
});

/** The first event without an assessment type, or -1 (a loop: the lists can hold thousands of events). */
function firstWithoutAssessment(events: readonly unknown[]): number {
  for (let index = 0; index < events.length; index++)
    if (!asString(asObject(events[index])?.assessmentType)) return index;
  return -1;
}
