import { EVENTS, moduleOf } from '../../results';
import { asArray, asNumber, asObject, asString } from '../../model/read';
import { defineRule } from '../defineRule';
import { startedComparer } from '../util/started';

export default defineRule({
  id: 'results/at-risk-above-started',
  description:
    'An adverse event group is not at risk with more participants than ' +
    'started it, unless the adverse event description explains why.',
  severity: 'warning',
  catalogue: [],
  tier: 'house',
  messages: {
    above:
      'Adverse event group "{group}" has {atRisk} participants at risk, ' +
      'but only {started} started in the participant flow. Check the number, ' +
      'or explain the population in the Adverse Event Reporting Description.',
  },
  docs: {
    details:
      'Participants at risk for adverse events are those who started (often only those ' +
      'treated), so a group with more at risk than started it (matched by group title) ' +
      'is inconsistent unless the Adverse Event Reporting Description explains the ' +
      'population, e.g. an as-treated analysis that moves participants between groups.',
    wrong: `resultsSection:
  participantFlowModule:
    groups: [{ id: FG000, title: Drug }]
    periods:
      - title: Overall Study
        milestones:
          - { type: STARTED, achievements: [{ groupId: FG000, numSubjects: "50" }] }
  adverseEventsModule:
    eventGroups:
      - { id: EG000, title: Drug, seriousNumAffected: 2, seriousNumAtRisk: 60 }
`,
    right: `resultsSection:
  participantFlowModule:
    groups: [{ id: FG000, title: Drug }]
    periods:
      - title: Overall Study
        milestones:
          - { type: STARTED, achievements: [{ groupId: FG000, numSubjects: "50" }] }
  adverseEventsModule:
    eventGroups:
      - { id: EG000, title: Drug, seriousNumAffected: 2, seriousNumAtRisk: 50 }
`,
  },
  check(context) {
    const module = moduleOf(context.study, 'adverseEventsModule');
    if (asString(module.description)) return;
    const aboveStarted = startedComparer(context.study);
    if (!aboveStarted) return;
    asArray(module.eventGroups).forEach((raw, index) => {
      const group = asObject(raw);
      const title = asString(group?.title);
      for (const key of ['deathsNumAtRisk', 'seriousNumAtRisk', 'otherNumAtRisk']) {
        const above = aboveStarted(title, asNumber(group?.[key]));
        if (!above) continue;
        context.report({
          messageId: 'above',
          pointer: `${EVENTS}/eventGroups/${index}/${key}`,
          data: { group: title ?? '', atRisk: above.count, started: above.started },
        });
        return;
      }
    });
  },
});
