import { defineRule } from '../defineRule';
import { compareDates, DATE_LABELS, parsePartialDate, readAllDates } from '../util/dates';
import { replaceFix } from '../util/fixes';

export default defineRule({
  id: 'dates/actual-date-in-future',
  description: 'Actual dates are not in the future.',
  severity: 'error',
  catalogue: ['date-actual-in-future'],
  tier: 'prs-unverified',
  fix: 'unsafe',
  messages: {
    future: '{field} {date} is marked Actual, but it is in the future. Mark it Estimated, or correct the date.',
  },
  docs: {
    details:
      'An Actual date must have happened. "Today" is the validation date; dates are compared at the coarser precision.',
    wrong: `protocolSection:
  statusModule:
    startDateStruct:
      date: 2999-01-15
      type: ACTUAL
`,
    right: `protocolSection:
  statusModule:
    startDateStruct:
      date: 2999-01-15
      type: ESTIMATED
`,
  },
  check(context) {
    const today = parsePartialDate(context.today.slice(0, 10));
    if (!today) return;
    for (const date of readAllDates(context.study)) {
      if (date.type !== 'ACTUAL' || compareDates(date.date, today) <= 0) continue;
      context.report({
        messageId: 'future',
        pointer: date.pointer,
        data: { field: DATE_LABELS[date.field], date: date.date.text },
        fixes: [replaceFix('Mark the date Estimated', date.typePointer, 'ESTIMATED')],
      });
    }
  },
});
