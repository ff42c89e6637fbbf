import { defineRule } from '../defineRule';
import { compareDates, DATE_LABELS, parsePartialDate, readAllDates } from '../util/dates';
import { asString, protocolModule } from '../util/read';

export default defineRule({
  id: 'dates/actual-date-after-verification',
  description: 'Actual dates are not later than the Record Verification Date.',
  severity: 'warning',
  catalogue: [],
  tier: 'house',
  messages: {
    afterVerification: '{field} {date} is marked Actual, but the record was verified in {verified}. An actual date cannot be later than the verification; mark it Estimated or update the verification date.',
  },
  docs: {
    details: 'An Actual date has happened by the time the record is verified; a later one means the verification date was not updated with the dates (published records show this often, so it is a warning). Dates are compared at the coarser precision, so an actual date in the verification month is fine.',
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
    for (const date of readAllDates(context.study)) {
      if (date.type !== 'ACTUAL' || compareDates(date.date, verified) <= 0) continue;
      context.report({
        messageId: 'afterVerification',
        pointer: date.pointer,
        data: { field: DATE_LABELS[date.field], date: date.date.text, verified: verified.text },
      });
    }
  },
});
