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
      'The {field} {date} is Actual, so {what}, but the status is {status}. ' +
      'Update the status (e.g. {next}), or mark the date Estimated if it has not happened.',
  },
  docs: {
    details:
      'An Actual Study Completion Date on or before today says the last participant finished; ' +
      'a status that still recruits or follows participants contradicts it. An Actual Primary Completion Date says ' +
      'enrolment and primary follow-up are over, which contradicts a status that still ' +
      'recruits. (An Estimated date long past is reported by dates/estimated-date-long-past.)',
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
    const today = parsePartialDate(context.today);
    if (!today) return;
    const happened = (date: ReturnType<typeof readDate>) =>
      date?.type === 'ACTUAL' && compareDates(date.date, today) <= 0;
    const completion = readDate(context.study, 'completionDateStruct');
    const primary = readDate(context.study, 'primaryCompletionDateStruct');
    // One finding: the study completion says more (the study is over) than the primary completion (enrolment is over).
    const [date, field, what, next] = happened(completion)
      ? [completion, 'Study Completion Date', 'the study is over', 'Completed']
      : happened(primary) && status !== 'ACTIVE_NOT_RECRUITING'
        ? [
            primary,
            'Primary Completion Date',
            'the last participant has been examined for the primary outcome',
            'Active, not recruiting',
          ]
        : [undefined, '', '', ''];
    if (!date) return;
    context.report({
      messageId: 'completed',
      pointer: date.typePointer,
      data: { field, date: date.date.text, what, status: statusLabelForChecks(context.study) ?? status, next },
    });
  },
});
