import { defineRule } from '../defineRule';
import { compareDates, parsePartialDate } from '../util/dates';
import { asString } from '../../model/read';
import { STATUS, overallStatus, protocolModule, statusForChecks, statusLabelForChecks } from '../util/read';
import { OPEN_STATUSES, monthsBefore } from '../util/status';

export default defineRule({
  id: 'status/verification-stale',
  description: 'An open study was verified within the last 12 months.',
  severity: 'warning',
  catalogue: ['status-verified-stale'],
  tier: 'official',
  messages: {
    stale:
      'The record was last verified in {verified}, more than 12 months ago, ' +
      'while the study is {status}. Review the record and update the Record Verification Date.',
  },
  docs: {
    details:
      '42 CFR 11.64 asks for the record to be verified at least every 12 months while the study is open; ' +
      'the registry shows a record not verified for 2 years as "Unknown status" (those are ' +
      'reported by status/unknown-status-open-site). "Today" comes from the injected clock.',
    wrong: `protocolSection:
  statusModule:
    overallStatus: RECRUITING
    statusVerifiedDate: 2022-01
`,
    right: `protocolSection:
  statusModule:
    overallStatus: RECRUITING
    statusVerifiedDate: 2025-05
`,
  },
  check(context) {
    // Unknown status is the registry's own verdict on a stale record; it is not repeated here.
    if (overallStatus(context.study) === 'UNKNOWN') return;
    const status = statusForChecks(context.study);
    if (!status || !OPEN_STATUSES.has(status)) return;
    const verified = parsePartialDate(asString(protocolModule(context.study, 'statusModule').statusVerifiedDate));
    const limit = parsePartialDate(monthsBefore(context.today, 12).slice(0, 7));
    if (!verified || !limit || compareDates(verified, limit) >= 0) return;
    context.report({
      messageId: 'stale',
      pointer: `${STATUS}/statusVerifiedDate`,
      data: { verified: verified.text, status: statusLabelForChecks(context.study) ?? status },
    });
  },
});
