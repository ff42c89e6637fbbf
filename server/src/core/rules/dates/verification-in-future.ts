import { defineRule } from '../defineRule';
import { compareDates, parsePartialDate } from '../util/dates';
import { asString } from '../../model/read';
import { STATUS, protocolModule } from '../util/read';

export default defineRule({
  id: 'dates/verification-in-future',
  description: 'The Record Verification Date is not later than the current month.',
  severity: 'error',
  catalogue: ['status-verified-future'],
  tier: 'prs-unverified',
  messages: {
    future:
      'The Record Verification Date {verified} is in the future. Use the month in which the record was last checked.',
  },
  docs: {
    details: 'A record cannot be verified in a month that has not begun. "Today" comes from the injected clock.',
    wrong: `protocolSection:
  statusModule:
    statusVerifiedDate: 2031-01
`,
    right: `protocolSection:
  statusModule:
    statusVerifiedDate: 2025-06
`,
  },
  check(context) {
    const verified = parsePartialDate(asString(protocolModule(context.study, 'statusModule').statusVerifiedDate));
    const month = parsePartialDate(context.today.slice(0, 7));
    if (!verified || !month || compareDates(verified, month) <= 0) return;
    context.report({ messageId: 'future', pointer: `${STATUS}/statusVerifiedDate`, data: { verified: verified.text } });
  },
});
