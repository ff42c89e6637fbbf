import { denomCounts, outcomeMeasures, scopeAt } from '../../results';
import { asArray, asObject, asString } from '../../model/read';
import { defineRule } from '../defineRule';
import { startedComparer } from '../util/started';

export default defineRule({
  id: 'results/outcome-analyzed-above-started',
  description:
    'An outcome measure does not analyze more participants in a group ' +
    'than started it, unless its population description explains why.',
  severity: 'warning',
  catalogue: [],
  tier: 'house',
  messages: {
    above:
      '"{measure}", group "{group}": {analyzed} analyzed, but only {started} started in the participant ' +
      'flow. Check the number, or explain it in the Analysis Population Description.',
  },
  docs: {
    details:
      "An outcome measure's number analyzed comes from the participants assigned to the group, so it is not expected " +
      'to exceed the number who started that group (matched by group title). Measures of units other than ' +
      'participants and measures whose Analysis Population Description explains the population are not checked.',
    wrong: `resultsSection:
  participantFlowModule:
    groups: [{ id: FG000, title: Drug }]
    periods:
      - title: Overall Study
        milestones:
          - { type: STARTED, achievements: [{ groupId: FG000, numSubjects: "50" }] }
  outcomeMeasuresModule:
    outcomeMeasures:
      - type: PRIMARY
        title: Pain Score
        groups: [{ id: OG000, title: Drug }]
        denoms: [{ units: Participants, counts: [{ groupId: OG000, value: "55" }] }]
`,
    right: `resultsSection:
  participantFlowModule:
    groups: [{ id: FG000, title: Drug }]
    periods:
      - title: Overall Study
        milestones:
          - { type: STARTED, achievements: [{ groupId: FG000, numSubjects: "50" }] }
  outcomeMeasuresModule:
    outcomeMeasures:
      - type: PRIMARY
        title: Pain Score
        groups: [{ id: OG000, title: Drug }]
        denoms: [{ units: Participants, counts: [{ groupId: OG000, value: "48" }] }]
`,
  },
  check(context) {
    const aboveStarted = startedComparer(context.study);
    if (!aboveStarted) return;
    for (const measure of outcomeMeasures(context.study)) {
      if (asString(measure.object.populationDescription)) continue;
      const denom = asObject(asArray(measure.object.denoms)[0]);
      const units = asString(denom?.units);
      if (units && !/participant/i.test(units)) continue;
      const scope = scopeAt(context.study, measure.pointer);
      for (const [id, count] of denomCounts(measure.object, measure.pointer)) {
        const title = scope?.byId.get(id)?.title;
        const above = aboveStarted(title, count.value);
        if (!above) continue;
        context.report({
          messageId: 'above',
          pointer: count.pointer,
          data: {
            measure: measure.title ?? 'Outcome measure',
            group: title ?? id,
            analyzed: above.count,
            started: above.started,
          },
        });
      }
    }
  },
});
