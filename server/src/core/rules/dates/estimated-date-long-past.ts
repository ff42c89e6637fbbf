import { defineRule } from '../defineRule';
import { DATE_LABELS, compareDates, parsePartialDate, readAllDates } from '../util/dates';
import { overallStatus, statusForChecks, statusLabelForChecks } from '../util/read';
import { OPEN_STATUSES, monthsBefore } from '../util/status';

/** How long an anticipated date may lie in the past before it is reported: one verification cycle. */
const GRACE_MONTHS = 12;

export default defineRule({
  id: 'dates/estimated-date-long-past',
  description: 'The estimated dates of an open study are not long past.',
  severity: 'warning',
  catalogue: ['date-estimated-in-past'],
  tier: 'prs-unverified',
  messages: {
    past:
      '{dates} still Estimated, but more than a year has passed and the ' +
      'study is {status}. Enter what happened (Actual) or a new estimate.',
  },
  docs: {
    details:
      'An Estimated date is a plan. Once it is more than 12 months in the past while the study is still open (Not ' +
      'yet recruiting, Recruiting, Enrolling by invitation, Active, not recruiting or Suspended), ' +
      'the record was not kept current: the date either happened (mark it Actual) or moved (re-estimate it). ' +
      'Estimated start dates of studies that have enrolled are reported by ' +
      'status/open-estimated-start instead. "Today" comes from the injected clock.',
    wrong: `protocolSection:
  statusModule:
    overallStatus: RECRUITING
    primaryCompletionDateStruct:
      date: 2021-12
      type: ESTIMATED
`,
    right: `protocolSection:
  statusModule:
    overallStatus: RECRUITING
    primaryCompletionDateStruct:
      date: 2027-12
      type: ESTIMATED
`,
  },
  check(context) {
    // Unknown status is the registry's verdict on an abandoned record (status/unknown-status-open-site); its stale
    // dates are that problem.
    if (overallStatus(context.study) === 'UNKNOWN') return;
    const status = statusForChecks(context.study);
    if (!status || !OPEN_STATUSES.has(status)) return;
    const limit = parsePartialDate(monthsBefore(context.today, GRACE_MONTHS));
    if (!limit) return;
    const past = readAllDates(context.study).filter(
      (d) =>
        d.type === 'ESTIMATED' &&
        compareDates(d.date, limit) < 0 &&
        (d.field !== 'startDateStruct' || status === 'NOT_YET_RECRUITING'),
    );
    if (past.length === 0) return;
    const dates = past.map((d) => `${DATE_LABELS[d.field]} ${d.date.text}`);
    context.report({
      messageId: 'past',
      pointer: past[0].pointer,
      data: {
        dates: dates.length === 1 ? `${dates[0]} is` : `${dates.join(' and ')} are`,
        status: statusLabelForChecks(context.study) ?? status,
      },
    });
  },
});
