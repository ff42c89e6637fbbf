import { firstPeriodStarted, isStaggeredFlow, moduleOf } from '../../results';
import { asString } from '../../model/read';
import { readEnrollment } from '../util/enrollment';
import { defineRule } from '../defineRule';

export default defineRule({
  id: 'results/started-vs-enrollment',
  description:
    "The first period's STARTED total equals the actual enrollment, or Pre-assignment Details explain the difference.",
  severity: 'warning',
  catalogue: [],
  tier: 'official',
  messages: {
    differs:
      'The participant flow starts with {started} participants, but the actual enrollment is {enrollment}. Correct ' +
      'one of them, or explain the difference in Pre-assignment Details (e.g. enrolled but not assigned).',
  },
  docs: {
    details:
      'The data element definitions tie the flow to the protocol: the number who STARTED the first ' +
      'period is the actual enrollment, unless Pre-assignment Details explain what happened ' +
      'between enrollment and assignment (run-in, screening failures). The rule stays quiet when ' +
      'Pre-assignment Details are given, when the enrollment is an estimate, ' +
      'and when cohorts start in later periods (the first period then holds only the first cohort).',
    wrong: `protocolSection:
  designModule:
    enrollmentInfo: { count: 120, type: ACTUAL }
resultsSection:
  participantFlowModule:
    groups: [{ id: FG000, title: Drug }]
    periods:
      - title: Overall Study
        milestones:
          - { type: STARTED, achievements: [{ groupId: FG000, numSubjects: "100" }] }
`,
    right: `protocolSection:
  designModule:
    enrollmentInfo: { count: 120, type: ACTUAL }
resultsSection:
  participantFlowModule:
    preAssignmentDetails: 20 participants failed screening after enrollment and were not assigned.
    groups: [{ id: FG000, title: Drug }]
    periods:
      - title: Overall Study
        milestones:
          - { type: STARTED, achievements: [{ groupId: FG000, numSubjects: "100" }] }
`,
  },
  check(context) {
    const enrollment = readEnrollment(context.study);
    const count = enrollment?.count;
    if (count === undefined || enrollment?.type === 'ESTIMATED') return;
    if (asString(moduleOf(context.study, 'participantFlowModule').preAssignmentDetails)) return;
    if (isStaggeredFlow(context.study)) return;
    const started = firstPeriodStarted(context.study);
    if (!started || started.total === count) return;
    context.report({
      messageId: 'differs',
      pointer: `${started.pointer}/type`,
      data: { started: started.total, enrollment: count },
    });
  },
});
