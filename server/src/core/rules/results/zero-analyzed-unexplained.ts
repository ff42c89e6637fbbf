import { BASELINE, denomCounts, EVENTS, groupLabel, moduleOf, outcomeMeasures, scopeAt } from '../../results';
import { asArray, asNumber, asObject, asString } from '../../model/read';
import { defineRule } from '../defineRule';
import { isFinalRuleResults } from './final-rule-item-missing';

export default defineRule({
  id: 'results/zero-analyzed-unexplained',
  description: 'Zero participants analyzed, or at risk, is explained in the population or adverse event description.',
  severity: 'error',
  catalogue: [],
  tier: 'official',
  messages: {
    analyzed: '{table}, group {group}: 0 participants analyzed. Explain why in the {field}.',
    atRisk:
      'Adverse event group {group}: 0 participants at risk. Explain why in the Adverse Event Reporting Description.',
  },
  docs: {
    details:
      "The registry's automatic validation (an error when primary completion is on or after 2017-01-18) " +
      'requires a group with zero participants analyzed to be explained in the population description, ' +
      'and zero at risk in the adverse event description. Earlier studies are not checked.',
    wrong: `protocolSection:
  statusModule:
    primaryCompletionDateStruct: { date: 2019-05-01, type: ACTUAL }
resultsSection:
  outcomeMeasuresModule:
    outcomeMeasures:
      - type: PRIMARY
        title: Pain Score
        groups: [{ id: OG000, title: Drug }]
        denoms: [{ units: Participants, counts: [{ groupId: OG000, value: "0" }] }]
`,
    right: `protocolSection:
  statusModule:
    primaryCompletionDateStruct: { date: 2019-05-01, type: ACTUAL }
resultsSection:
  outcomeMeasuresModule:
    outcomeMeasures:
      - type: PRIMARY
        title: Pain Score
        populationDescription: The study ended before any participant reached the assessment.
        groups: [{ id: OG000, title: Drug }]
        denoms: [{ units: Participants, counts: [{ groupId: OG000, value: "0" }] }]
`,
  },
  check(context) {
    if (!isFinalRuleResults(context.study)) return;
    const baseline = moduleOf(context.study, 'baselineCharacteristicsModule');
    const baselineScope = scopeAt(context.study, BASELINE);
    if (!asString(baseline.populationDescription) && baselineScope) {
      for (const [id, count] of denomCounts(baseline, BASELINE)) {
        if (count.value !== 0) continue;
        context.report({
          messageId: 'analyzed',
          pointer: count.pointer,
          data: {
            table: 'Baseline',
            group: groupLabel(baselineScope, id),
            field: 'Baseline Analysis Population Description',
          },
        });
      }
    }
    for (const measure of outcomeMeasures(context.study)) {
      const scope = scopeAt(context.study, measure.pointer);
      if (asString(measure.object.populationDescription) || !scope) continue;
      for (const [id, count] of denomCounts(measure.object, measure.pointer)) {
        if (count.value !== 0) continue;
        const table = `"${measure.title ?? 'Outcome measure'}"`;
        context.report({
          messageId: 'analyzed',
          pointer: count.pointer,
          data: { table, group: groupLabel(scope, id), field: 'Analysis Population Description' },
        });
      }
    }
    const events = moduleOf(context.study, 'adverseEventsModule');
    const eventScope = scopeAt(context.study, EVENTS);
    if (asString(events.description) || !eventScope) return;
    asArray(events.eventGroups).forEach((raw, index) => {
      const group = asObject(raw);
      const key = ['seriousNumAtRisk', 'otherNumAtRisk', 'deathsNumAtRisk'].find((k) => asNumber(group?.[k]) === 0);
      if (!group || !key) return;
      context.report({
        messageId: 'atRisk',
        pointer: `${EVENTS}/eventGroups/${index}/${key}`,
        data: { group: groupLabel(eventScope, asString(group.id) ?? `#${index + 1}`) },
      });
    });
  },
});
