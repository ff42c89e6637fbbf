import { defineRule } from '../defineRule';
import { asNumber, asObject } from '../../model/read';
import { statusForChecks, pointerOf, protocolModule } from '../util/read';

export default defineRule({
  id: 'enrollment/withdrawn-with-enrollment',
  description: 'A withdrawn study enrolled nobody.',
  severity: 'error',
  catalogue: ['enroll-withdrawn-zero'],
  tier: 'prs-unverified',
  fix: 'unsafe',
  messages: {
    enrolled:
      'The study is Withdrawn, which means it stopped before enrolling anyone, but the enrollment is {count}. Set the enrollment to 0 (Actual), or correct the status.',
  },
  docs: {
    details:
      'The registry defines Withdrawn as "study halted prematurely, prior to enrollment of first participant"; its actual enrollment is 0.',
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
    const enrollment = asObject(protocolModule(context.study, 'designModule').enrollmentInfo);
    const count = asNumber(enrollment?.count);
    if (count === undefined || count <= 0) return;
    const base = pointerOf('designModule', 'enrollmentInfo');
    context.report({
      messageId: 'enrolled',
      pointer: `${base}/count`,
      data: { count },
      fixes: [
        {
          title: 'Set the enrollment to 0 (Actual)',
          safe: false,
          operations: [
            { op: 'replace', path: `${base}/count`, value: 0 },
            { op: enrollment?.type === undefined ? 'add' : 'replace', path: `${base}/type`, value: 'ACTUAL' },
          ],
        },
      ],
    });
  },
});
