import { defineRule } from '../defineRule';
import { statusForChecks } from '../util/read';
import { ENROLLMENT_COUNT, ENROLLMENT_TYPE, readEnrollment } from '../util/enrollment';

export default defineRule({
  id: 'enrollment/withdrawn-with-enrollment',
  description: 'A withdrawn study enrolled nobody.',
  severity: 'error',
  catalogue: ['enroll-withdrawn-zero'],
  tier: 'prs-unverified',
  fix: 'unsafe',
  messages: {
    enrolled:
      'The study is Withdrawn, which means it stopped before enrolling anyone, ' +
      'but the enrollment is {count}. Set the enrollment to 0 (Actual), or correct the status.',
  },
  docs: {
    details:
      'The registry defines Withdrawn as "study halted prematurely, ' +
      'prior to enrollment of first participant"; its actual enrollment is 0.',
    wrong: `protocolSection:
  statusModule:
    overallStatus: WITHDRAWN
    whyStopped: No funding
  designModule:
    enrollmentInfo:
      count: 20
      type: ACTUAL
`,
    right: `protocolSection:
  statusModule:
    overallStatus: WITHDRAWN
    whyStopped: No funding
  designModule:
    enrollmentInfo:
      count: 0
      type: ACTUAL
`,
  },
  check(context) {
    if (statusForChecks(context.study) !== 'WITHDRAWN') return;
    const enrollment = readEnrollment(context.study);
    const count = enrollment?.count;
    if (count === undefined || count <= 0) return;
    context.report({
      messageId: 'enrolled',
      pointer: ENROLLMENT_COUNT,
      data: { count },
      fixes: [
        {
          title: 'Set the enrollment to 0 (Actual)',
          safe: false,
          operations: [
            { op: 'replace', path: ENROLLMENT_COUNT, value: 0 },
            { op: enrollment?.hasType ? 'replace' : 'add', path: ENROLLMENT_TYPE, value: 'ACTUAL' },
          ],
        },
      ],
    });
  },
});
