import { EVENTS, moduleOf, numberOf } from '../../results';
import { asArray, asNumber, asObject, asString } from '../../model/read';
import { defineRule } from '../defineRule';

export default defineRule({
  id: 'results/other-event-below-threshold',
  description: 'Every "other" adverse event reaches the stated frequency threshold in at least one group.',
  severity: 'error',
  catalogue: [],
  tier: 'official',
  messages: {
    below:
      '"{term}" reaches at most {highest}% of a group, below the frequency threshold of {threshold}%. ' +
      'List it only if it reaches the threshold in some group, or lower the threshold.',
  },
  docs: {
    details:
      'Other (not serious) adverse events are reported when their frequency reaches the ' +
      'stated threshold (at most 5%) in at least one group; a term below the threshold in ' +
      'every group contradicts the threshold. Groups with nobody at risk are not counted.',
    wrong: `resultsSection:
  adverseEventsModule:
    frequencyThreshold: "5"
    eventGroups: [{ id: EG000, title: Drug }]
    otherEvents:
      - { term: Headache, organSystem: Nervous system disorders, stats: [{ groupId: EG000, numAffected: 1, \
numAtRisk: 100 }] }
`,
    right: `resultsSection:
  adverseEventsModule:
    frequencyThreshold: "5"
    eventGroups: [{ id: EG000, title: Drug }]
    otherEvents:
      - { term: Headache, organSystem: Nervous system disorders, stats: [{ groupId: EG000, numAffected: 7, \
numAtRisk: 100 }] }
`,
  },
  check(context) {
    const module = moduleOf(context.study, 'adverseEventsModule');
    const threshold = numberOf(module.frequencyThreshold);
    if (threshold === undefined || threshold <= 0) return;
    asArray(module.otherEvents).forEach((raw, e) => {
      const event = asObject(raw);
      let highest: number | undefined;
      for (const s of asArray(event?.stats)) {
        const stats = asObject(s);
        const affected = asNumber(stats?.numAffected);
        const atRisk = asNumber(stats?.numAtRisk);
        if (affected === undefined || atRisk === undefined || atRisk === 0) continue;
        highest = Math.max(highest ?? 0, (100 * affected) / atRisk);
      }
      // Percentages are compared after rounding to two decimals, as the registry displays them.
      if (highest === undefined || Math.round(highest * 100) / 100 >= threshold) return;
      context.report({
        messageId: 'below',
        pointer: `${EVENTS}/otherEvents/${e}/term`,
        data: { term: asString(event?.term) ?? `#${e + 1}`, highest: Number(highest.toFixed(2)), threshold },
      });
    });
  },
});
