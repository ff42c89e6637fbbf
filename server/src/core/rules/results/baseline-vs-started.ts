import {
  BASELINE,
  baselineScope,
  denomCounts,
  firstPeriodStarted,
  isStaggeredFlow,
  flowPeriods,
  moduleOf,
  rowTotal,
  totalGroupOf,
} from '../../results';
import { asString } from '../../model/read';
import { readEnrollment } from '../util/enrollment';
import { defineRule } from '../defineRule';

export default defineRule({
  id: 'results/baseline-vs-started',
  description:
    "The baseline's overall number analyzed matches the participant flow, " +
    'or the baseline population description explains the difference.',
  severity: 'warning',
  catalogue: [],
  tier: 'house',
  messages: {
    differs:
      'The baseline analyzes {baseline} participants, but {started} started the study and no milestone of ' +
      'the flow has {baseline}. Explain who was analyzed in the Baseline Analysis Population Description.',
  },
  docs: {
    details:
      'Baseline characteristics usually describe everyone who started. A different total is fine when it ' +
      'equals another point of the flow (those who completed, or a custom milestone such as "Received ' +
      'Treatment") or when the Baseline Analysis Population Description explains it; otherwise reviewers ask ' +
      'about the difference. Flows whose cohorts start in later periods are not checked.',
    wrong: `resultsSection:
  participantFlowModule:
    groups: [{ id: FG000, title: Drug }]
    periods:
      - title: Overall Study
        milestones:
          - { type: STARTED, achievements: [{ groupId: FG000, numSubjects: "100" }] }
  baselineCharacteristicsModule:
    groups: [{ id: BG000, title: Drug }]
    denoms: [{ units: Participants, counts: [{ groupId: BG000, value: "90" }] }]
`,
    right: `resultsSection:
  participantFlowModule:
    groups: [{ id: FG000, title: Drug }]
    periods:
      - title: Overall Study
        milestones:
          - { type: STARTED, achievements: [{ groupId: FG000, numSubjects: "100" }] }
  baselineCharacteristicsModule:
    populationDescription: Participants who received at least one dose.
    groups: [{ id: BG000, title: Drug }]
    denoms: [{ units: Participants, counts: [{ groupId: BG000, value: "90" }] }]
`,
  },
  check(context) {
    const module = moduleOf(context.study, 'baselineCharacteristicsModule');
    if (asString(module.populationDescription)) return;
    if (isStaggeredFlow(context.study)) return;
    const started = firstPeriodStarted(context.study);
    if (!started) return;
    const scope = baselineScope(context.study);
    const counts = denomCounts(module, BASELINE);
    const totalId = totalGroupOf(scope);
    const total = totalId ? counts.get(totalId) : undefined;
    const baseline = total ? total.value : rowTotal({ title: '', pointer: BASELINE, counts });
    if (baseline === undefined || baseline === started.total) return;
    // Another point of the flow (COMPLETED, "Received Treatment") or the enrollment explains the number.
    if (flowPeriods(context.study).some((period) => period.milestones.some((m) => rowTotal(m) === baseline))) return;
    if (readEnrollment(context.study)?.count === baseline) return;
    const pointer = total?.pointer ?? `${BASELINE}/denoms`;
    context.report({ messageId: 'differs', pointer, data: { baseline, started: started.total } });
  },
});
