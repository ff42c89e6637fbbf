import { defineRule } from '../defineRule';
import { statusForChecks, statusLabelForChecks } from '../util/read';
import { ENROLLMENT_TYPE, readEnrollment } from '../util/enrollment';

export default defineRule({
  id: 'enrollment/not-yet-recruiting-with-enrollment',
  description: 'A study that is not yet recruiting has enrolled nobody.',
  severity: 'warning',
  catalogue: ['enroll-actual-not-started'],
  tier: 'house',
  messages: {
    enrolled:
      'The status is {status}, but the enrollment is {count} Actual. Before recruiting, ' +
      'enrollment is the number expected (Estimated); or update the status.',
  },
  docs: {
    details: 'Participants cannot have been enrolled before recruitment starts.',
    wrong: `protocolSection:
  statusModule:
    overallStatus: NOT_YET_RECRUITING
  designModule:
    enrollmentInfo:
      count: 40
      type: ACTUAL
`,
    right: `protocolSection:
  statusModule:
    overallStatus: NOT_YET_RECRUITING
  designModule:
    enrollmentInfo:
      count: 40
      type: ESTIMATED
`,
  },
  check(context) {
    if (statusForChecks(context.study) !== 'NOT_YET_RECRUITING') return;
    const enrollment = readEnrollment(context.study);
    if (enrollment?.type !== 'ACTUAL' || !enrollment.count) return;
    context.report({
      messageId: 'enrolled',
      pointer: ENROLLMENT_TYPE,
      data: { status: statusLabelForChecks(context.study) ?? '', count: enrollment.count },
    });
  },
});
