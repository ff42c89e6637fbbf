import { defineRule } from '../defineRule';
import { statusForChecks } from '../util/read';
import { actualStartReport } from '../util/actualStart';

export default defineRule({
  id: 'status/withdrawn-with-actual-start',
  description: 'A withdrawn study has no actual start date.',
  severity: 'warning',
  catalogue: ['enroll-withdrawn-zero'],
  tier: 'prs-unverified',
  fix: 'unsafe',
  messages: {
    started:
      'The study is Withdrawn (stopped before its first participant enrolled), but the Study Start Date {date} ' +
      'is Actual, which is the date the first participant enrolled. Mark ' +
      'it Estimated, or change the status if someone was enrolled.',
  },
  docs: {
    details:
      'The actual Study Start Date is the date the first participant ' +
      'enrolled; a withdrawn study never enrolled anyone.',
    wrong: `protocolSection:
  statusModule:
    overallStatus: WITHDRAWN
    whyStopped: No funding
    startDateStruct:
      date: 2018-10-25
      type: ACTUAL
`,
    right: `protocolSection:
  statusModule:
    overallStatus: WITHDRAWN
    whyStopped: No funding
    startDateStruct:
      date: 2018-10-25
      type: ESTIMATED
`,
  },
  check(context) {
    if (statusForChecks(context.study) !== 'WITHDRAWN') return;
    const report = actualStartReport(context.study);
    if (report) context.report(report);
  },
});
