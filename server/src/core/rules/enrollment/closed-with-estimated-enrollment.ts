import { defineRule } from '../defineRule';
import { enumLabel } from '../../model/enums';
import { statusForChecks } from '../util/read';
import { stillEstimatedReport } from '../util/enrollment';

const CLOSED = new Set(['COMPLETED', 'TERMINATED']);

export default defineRule({
  id: 'enrollment/closed-with-estimated-enrollment',
  description: 'A Completed or Terminated study reports its actual enrollment.',
  severity: 'error',
  catalogue: ['enroll-actual-when-closed'],
  tier: 'prs-unverified',
  fix: 'unsafe',
  messages: {
    estimated:
      'The study is {status}, but the enrollment ({count}) is Estimated. Enter ' +
      'the number of participants actually enrolled and mark it Actual.',
  },
  docs: {
    details:
      'When recruitment has ended the registry expects the final, actual enrollment instead of the anticipated one.',
    wrong: `protocolSection:
  statusModule:
    overallStatus: COMPLETED
  designModule:
    enrollmentInfo:
      count: 40
      type: ESTIMATED
`,
    right: `protocolSection:
  statusModule:
    overallStatus: COMPLETED
  designModule:
    enrollmentInfo:
      count: 37
      type: ACTUAL
`,
  },
  check(context) {
    const status = statusForChecks(context.study);
    if (!status || !CLOSED.has(status)) return;
    const report = stillEstimatedReport(context.study, enumLabel('Status', status), 'Mark the enrollment Actual');
    if (report) context.report(report);
  },
});
