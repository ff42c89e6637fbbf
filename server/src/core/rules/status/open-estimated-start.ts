import { defineRule } from '../defineRule';
import { compareDates, parsePartialDate, readDate } from '../util/dates';
import { overallStatus, statusForChecks, statusLabelForChecks } from '../util/read';
import { replaceFix } from '../util/fixes';

/** Enrollment is over or under way for certain: the first participant's date is known. */
const STARTED = new Set(['ACTIVE_NOT_RECRUITING', 'COMPLETED', 'TERMINATED']);
/** Recruiting may precede the first enrollment by a little: only an estimated start already past is a contradiction. */
const RECRUITING = new Set(['RECRUITING', 'ENROLLING_BY_INVITATION', 'SUSPENDED']);

export default defineRule({
  id: 'status/open-estimated-start',
  description: 'A study that has enrolled participants gives its actual start date.',
  severity: 'warning',
  catalogue: ['status-open-estimated-start'],
  tier: 'prs-unverified',
  fix: 'unsafe',
  messages: {
    estimated:
      'The study is {status}, but the Study Start Date {date} is still Estimated. Enter ' +
      'the date the first participant enrolled and mark it Actual.',
  },
  docs: {
    details:
      'The Study Start Date is the date the first participant enrolled. Once a study is Active, not recruiting, ' +
      'Completed or Terminated that date is known. A recruiting study may open before its ' +
      'first enrollment, so it is reported only when its estimated start is already past.',
    wrong: `protocolSection:
  statusModule:
    overallStatus: ACTIVE_NOT_RECRUITING
    startDateStruct:
      date: 2022-03
      type: ESTIMATED
`,
    right: `protocolSection:
  statusModule:
    overallStatus: ACTIVE_NOT_RECRUITING
    startDateStruct:
      date: 2022-03-14
      type: ACTUAL
`,
  },
  check(context) {
    // Unknown status is the registry's verdict on an abandoned record (status/unknown-status-open-site); its stale
    // dates are that problem.
    if (overallStatus(context.study) === 'UNKNOWN') return;
    const status = statusForChecks(context.study);
    if (!status || !(STARTED.has(status) || RECRUITING.has(status))) return;
    const start = readDate(context.study, 'startDateStruct');
    if (start?.type !== 'ESTIMATED') return;
    const today = parsePartialDate(context.today.slice(0, 7));
    if (RECRUITING.has(status) && (!today || compareDates(start.date, today) >= 0)) return;
    context.report({
      messageId: 'estimated',
      pointer: start.typePointer,
      data: { status: statusLabelForChecks(context.study) ?? status, date: start.date.text },
      fixes: [replaceFix('Mark the start date Actual (check the date)', start.typePointer, 'ACTUAL')],
    });
  },
});
