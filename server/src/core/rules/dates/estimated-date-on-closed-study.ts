import { defineRule } from '../defineRule';
import { enumLabel } from '../../model/enums';
import { DATE_LABELS, readDate } from '../util/dates';
import { statusForChecks } from '../util/read';
import { replaceFix } from '../util/fixes';

const CLOSED = new Set(['COMPLETED', 'TERMINATED']);

export default defineRule({
  id: 'dates/estimated-date-on-closed-study',
  description: 'A Completed or Terminated study reports actual completion dates.',
  severity: 'error',
  catalogue: ['status-completed-dates-actual'],
  tier: 'prs-unverified',
  fix: 'unsafe',
  messages: {
    estimated:
      'The study is {status}, but the {field} ({date}) is Estimated. Enter the actual date and mark it Actual.',
  },
  docs: {
    details:
      'When a study is completed or terminated, its primary completion and study ' +
      'completion dates have happened; the registry expects them as Actual.',
    wrong: `protocolSection:
  statusModule:
    overallStatus: COMPLETED
    completionDateStruct:
      date: 2020-06-30
      type: ESTIMATED
`,
    right: `protocolSection:
  statusModule:
    overallStatus: COMPLETED
    completionDateStruct:
      date: 2020-06-30
      type: ACTUAL
`,
  },
  check(context) {
    const status = statusForChecks(context.study);
    if (!status || !CLOSED.has(status)) return;
    for (const field of ['primaryCompletionDateStruct', 'completionDateStruct'] as const) {
      const date = readDate(context.study, field);
      if (date?.type !== 'ESTIMATED') continue;
      context.report({
        messageId: 'estimated',
        pointer: date.typePointer,
        data: { status: enumLabel('Status', status), field: DATE_LABELS[field], date: date.date.text },
        fixes: [replaceFix('Mark the date Actual', date.typePointer, 'ACTUAL')],
      });
    }
  },
});
