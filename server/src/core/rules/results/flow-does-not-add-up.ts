import { flowPeriods, flowScope, groupLabel, milestone, type FlowPeriod } from '../../results';
import { defineRule } from '../defineRule';

export default defineRule({
  id: 'results/flow-does-not-add-up',
  description:
    'In each period and group, STARTED = COMPLETED + NOT COMPLETED, and the reasons given add up to NOT COMPLETED.',
  severity: 'error',
  catalogue: [],
  tier: 'official',
  messages: {
    milestones:
      'Period "{period}", group {group}: {started} started, but {completed} completed + {notCompleted} ' +
      'not completed = {sum}. STARTED must equal COMPLETED + NOT COMPLETED.',
    reasons:
      'Period "{period}", group {group}: the reasons not completed add up to {reasons}, ' +
      'but NOT COMPLETED is {notCompleted}. Give a reason for every participant who did not complete.',
  },
  docs: {
    details:
      'The registry checks the participant flow table on submission: in every period and ' +
      'group, the participants who started equal those who completed plus those who did ' +
      'not, and when reasons for not completing are given they account for everyone who ' +
      'did not complete. Published records always pass; a draft that fails is returned.',
    wrong: `resultsSection:
  participantFlowModule:
    groups: [{ id: FG000, title: Drug }]
    periods:
      - title: Overall Study
        milestones:
          - { type: STARTED, achievements: [{ groupId: FG000, numSubjects: "50" }] }
          - { type: COMPLETED, achievements: [{ groupId: FG000, numSubjects: "45" }] }
          - { type: NOT COMPLETED, achievements: [{ groupId: FG000, numSubjects: "4" }] }
`,
    right: `resultsSection:
  participantFlowModule:
    groups: [{ id: FG000, title: Drug }]
    periods:
      - title: Overall Study
        milestones:
          - { type: STARTED, achievements: [{ groupId: FG000, numSubjects: "50" }] }
          - { type: COMPLETED, achievements: [{ groupId: FG000, numSubjects: "45" }] }
          - { type: NOT COMPLETED, achievements: [{ groupId: FG000, numSubjects: "5" }] }
`,
  },
  check(context) {
    const scope = flowScope(context.study);
    const periodName = (period: FlowPeriod) => period.title ?? `#${period.index + 1}`;
    for (const period of flowPeriods(context.study)) {
      const started = milestone(period, 'STARTED');
      const completed = milestone(period, 'COMPLETED');
      const notCompleted = milestone(period, 'NOT COMPLETED');
      if (!started || !completed || !notCompleted) continue;
      for (const [id, start] of started.counts) {
        const done = completed.counts.get(id)?.value;
        const missed = notCompleted.counts.get(id);
        if (start.value === undefined || done === undefined || missed?.value === undefined) continue;
        if (start.value !== done + missed.value) {
          context.report({
            messageId: 'milestones',
            pointer: missed.pointer,
            data: {
              period: periodName(period),
              group: groupLabel(scope, id),
              started: start.value,
              completed: done,
              notCompleted: missed.value,
              sum: done + missed.value,
            },
          });
          continue;
        }
        if (period.reasons.length === 0) continue;
        // A group a reason does not list counts 0 there; an unreadable count leaves the sum unknown.
        const reasons = period.reasons.reduce(
          (sum, reason) => sum + (reason.counts.has(id) ? (reason.counts.get(id)?.value ?? NaN) : 0),
          0,
        );
        if (!Number.isNaN(reasons) && reasons !== missed.value) {
          context.report({
            messageId: 'reasons',
            pointer: missed.pointer,
            data: { period: periodName(period), group: groupLabel(scope, id), reasons, notCompleted: missed.value },
          });
        }
      }
    }
  },
});
