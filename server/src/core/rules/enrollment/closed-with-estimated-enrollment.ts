import { defineRule } from '../defineRule';
import { enumLabel } from '../../model/enums';
import { asNumber, asObject } from '../../model/read';
import { statusForChecks, pointerOf, protocolModule } from '../util/read';
import { replaceFix } from '../util/fixes';

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
      'The study is {status}, but the enrollment ({count}) is Estimated. Enter the number of participants actually enrolled and mark it Actual.',
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
    const enrollment = asObject(protocolModule(context.study, 'designModule').enrollmentInfo);
    if (!status || !CLOSED.has(status) || enrollment?.type !== 'ESTIMATED') return;
    const pointer = pointerOf('designModule', 'enrollmentInfo', 'type');
    context.report({
      messageId: 'estimated',
      pointer,
      data: { status: enumLabel('Status', status), count: asNumber(enrollment.count) ?? 'no count' },
      fixes: [replaceFix('Mark the enrollment Actual', pointer, 'ACTUAL')],
    });
  },
});
