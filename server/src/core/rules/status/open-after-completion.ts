import { defineRule } from '../defineRule';
import { compareDates, parsePartialDate, readDate } from '../util/dates';
import { statusForChecks, statusLabelForChecks } from '../util/read';

/** Statuses that say data collection is still going on. */
const ONGOING = new Set(['NOT_YET_RECRUITING', 'RECRUITING', 'ENROLLING_BY_INVITATION', 'ACTIVE_NOT_RECRUITING']);

export default defineRule({
  id: 'status/open-after-completion',
  description: 'A study whose actual completion date has passed is not still open.',
  severity: 'warning',
  catalogue: ['status-open-completion-actual', 'status-overdue-open'],
  tier: 'prs-unverified',
  messages: {
    completed:
      'The Study Completion Date {date} is Actual, so the study is over, but the status is {status}. ' +
      'Set the status to Completed (or Terminated), or mark the date Estimated if the study continues.',
  },
  docs: {
    details:
      'An Actual Study Completion Date on or before today says the last participant finished; a status that still recruits or follows ' +
      'participants contradicts it. (An Estimated completion date long past is reported by dates/estimated-date-long-past.)',
    wrong: `protocolSection:
  statusModule:
    overallStatus: RECRUITING
    completionDateStruct:
      date: 2023-06-30
      type: ACTUAL
`,
    right: `protocolSection:
  statusModule:
    overallStatus: COMPLETED
    completionDateStruct:
      date: 2023-06-30
      type: ACTUAL
`,
  },
  check(context) {
    const status = statusForChecks(context.study);
    if (!status || !ONGOING.has(status)) return;
    const completion = readDate(context.study, 'completionDateStruct');
    const today = parsePartialDate(context.today);
    if (completion?.type !== 'ACTUAL' || !today || compareDates(completion.date, today) > 0) return;
    context.report({
      messageId: 'completed',
      pointer: completion.typePointer,
      data: { date: completion.date.text, status: statusLabelForChecks(context.study) ?? status },
    });
  },
});
