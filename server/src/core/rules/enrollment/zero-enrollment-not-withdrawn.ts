import { defineRule } from '../defineRule';
import { pointerOf, statusForChecks, statusLabelForChecks } from '../util/read';
import { ENROLLMENT_COUNT, readEnrollment } from '../util/enrollment';
import { replaceFix } from '../util/fixes';

export default defineRule({
  id: 'enrollment/zero-enrollment-not-withdrawn',
  description: 'An actual enrollment of 0 goes with the status Withdrawn.',
  severity: 'warning',
  catalogue: ['enroll-zero-not-withdrawn'],
  tier: 'prs-unverified',
  fix: 'unsafe',
  messages: {
    zero:
      'The actual enrollment is 0, but the status is {status}. A ' +
      'study that stopped before enrolling anyone is Withdrawn.',
  },
  docs: {
    details:
      'The registry defines Withdrawn as "stopped before enrolling its first ' +
      'participant"; an actual enrollment of 0 with any other status contradicts itself.',
    wrong: `protocolSection:
  statusModule:
    overallStatus: TERMINATED
  designModule:
    enrollmentInfo:
      count: 0
      type: ACTUAL
`,
    right: `protocolSection:
  statusModule:
    overallStatus: WITHDRAWN
  designModule:
    enrollmentInfo:
      count: 0
      type: ACTUAL
`,
  },
  check(context) {
    const status = statusForChecks(context.study);
    if (!status || status === 'WITHDRAWN') return;
    const enrollment = readEnrollment(context.study);
    if (enrollment?.type !== 'ACTUAL' || enrollment.count !== 0) return;
    context.report({
      messageId: 'zero',
      pointer: ENROLLMENT_COUNT,
      data: { status: statusLabelForChecks(context.study) ?? status },
      fixes: [replaceFix('Set the status to Withdrawn', pointerOf('statusModule', 'overallStatus'), 'WITHDRAWN')],
    });
  },
});
