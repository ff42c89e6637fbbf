import { defineRule } from '../defineRule';
import { asNumber, asObject } from '../../model/read';
import { pointerOf, protocolModule, statusForChecks, statusLabelForChecks } from '../util/read';
import { replaceFix } from '../util/fixes';

export default defineRule({
  id: 'enrollment/zero-enrollment-not-withdrawn',
  description: 'An actual enrollment of 0 goes with the status Withdrawn.',
  severity: 'warning',
  catalogue: ['enroll-zero-not-withdrawn'],
  tier: 'prs-unverified',
  fix: 'unsafe',
  messages: {
    zero: 'The actual enrollment is 0, but the status is {status}. A study that stopped before enrolling anyone is Withdrawn.',
  },
  docs: {
    details:
      'The registry defines Withdrawn as "stopped before enrolling its first participant"; an actual enrollment of 0 with any other status contradicts itself.',
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
    const info = asObject(protocolModule(context.study, 'designModule').enrollmentInfo);
    if (info?.type !== 'ACTUAL' || asNumber(info.count) !== 0) return;
    const pointer = pointerOf('statusModule', 'overallStatus');
    context.report({
      messageId: 'zero',
      pointer: pointerOf('designModule', 'enrollmentInfo', 'count'),
      data: { status: statusLabelForChecks(context.study) ?? status },
      fixes: [replaceFix('Set the status to Withdrawn', pointer, 'WITHDRAWN')],
    });
  },
});
