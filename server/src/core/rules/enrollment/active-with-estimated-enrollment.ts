import { defineRule } from '../defineRule';
import { statusForChecks, statusLabelForChecks } from '../util/read';
import { stillEstimatedReport } from '../util/enrollment';

export default defineRule({
  id: 'enrollment/active-with-estimated-enrollment',
  description: 'A study that has stopped recruiting reports its actual enrollment.',
  severity: 'warning',
  catalogue: ['enroll-actual-active'],
  tier: 'prs-unverified',
  fix: 'unsafe',
  messages: {
    estimated:
      'The study is {status}, but the enrollment ({count}) is Estimated. ' +
      'Recruitment is over: enter the number actually enrolled and mark it Actual.',
  },
  docs: {
    details:
      'Once recruitment ends (Active, not recruiting) the number ' +
      'enrolled is known; the registry expects the actual count.',
    wrong: `protocolSection:
  statusModule:
    overallStatus: ACTIVE_NOT_RECRUITING
  designModule:
    enrollmentInfo:
      count: 120
      type: ESTIMATED
`,
    right: `protocolSection:
  statusModule:
    overallStatus: ACTIVE_NOT_RECRUITING
  designModule:
    enrollmentInfo:
      count: 112
      type: ACTUAL
`,
  },
  check(context) {
    if (statusForChecks(context.study) !== 'ACTIVE_NOT_RECRUITING') return;
    const status = statusLabelForChecks(context.study) ?? '';
    const report = stillEstimatedReport(context.study, status, 'Mark the enrollment Actual (check the count)');
    if (report) context.report(report);
  },
});
