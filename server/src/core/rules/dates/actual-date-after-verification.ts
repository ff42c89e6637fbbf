import { defineRule } from '../defineRule';
import { compareDates, DATE_LABELS, parsePartialDate, readAllDates } from '../util/dates';
import { asString } from '../../model/read';
import { protocolModule, statusForChecks } from '../util/read';

const CLOSED = new Set(['COMPLETED', 'TERMINATED', 'WITHDRAWN']);

export default defineRule({
  id: 'dates/actual-date-after-verification',
  description: 'Actual dates are not later than the Record Verification Date.',
  severity: 'warning',
  catalogue: [],
  tier: 'house',
  messages: {
    afterVerification:
      '{dates} marked Actual, but the record was verified in {verified}. ' +
      'An actual date cannot be later than the verification: {advice}.',
  },
  docs: {
    details:
      'An Actual date has happened by the time the record is verified; a later one means the verification ' +
      'date was not updated with the dates (published records show this often, so it is a warning). ' +
      'Dates are compared at the coarser precision, so an actual date in the verification month is fine.',
    wrong: `protocolSection:
  statusModule:
    statusVerifiedDate: 2013-06
    completionDateStruct:
      date: 2014-12-31
      type: ACTUAL
`,
    right: `protocolSection:
  statusModule:
    statusVerifiedDate: 2013-06
    completionDateStruct:
      date: 2014-12-31
      type: ESTIMATED
`,
  },
  check(context) {
    const verified = parsePartialDate(asString(protocolModule(context.study, 'statusModule').statusVerifiedDate));
    if (!verified) return;
    const later = readAllDates(context.study).filter(
      (date) => date.type === 'ACTUAL' && compareDates(date.date, verified) > 0,
    );
    if (later.length === 0) return;
    // One problem (a verification date left behind), one finding: on the first late date.
    const dates = later.map((date) => `${DATE_LABELS[date.field]} ${date.date.text}`);
    const listed =
      dates.length === 1 ? `${dates[0]} is` : `${dates.slice(0, -1).join(', ')} and ${dates[dates.length - 1]} are`;
    // A closed study's dates are final (dates/estimated-date-on-closed-study): only the verification can move.
    const closed = CLOSED.has(statusForChecks(context.study) ?? '');
    context.report({
      messageId: 'afterVerification',
      pointer: later[0].pointer,
      data: {
        dates: listed,
        verified: verified.text,
        advice: closed
          ? 'update the Record Verification Date'
          : 'update the Record Verification Date, or mark a date that has not happened yet Estimated',
      },
    });
  },
});
