import { defineRule } from '../defineRule';
import { enumLabel } from '../../model/enums';
import { asString } from '../../model/read';
import { STATUS, statusForChecks, protocolModule } from '../util/read';

const STOPPED = new Set(['SUSPENDED', 'TERMINATED', 'WITHDRAWN']);

export default defineRule({
  id: 'status/why-stopped-missing',
  description: 'A suspended, terminated or withdrawn study says why it stopped.',
  severity: 'error',
  catalogue: ['status-why-stopped-required'],
  tier: 'official',
  fix: 'unsafe',
  messages: {
    missing: 'The study is {status}, but Why Study Stopped is empty. Give the reason (up to 250 characters).',
  },
  docs: {
    details: 'The registry requires a brief reason when the overall status is Suspended, Terminated or Withdrawn.',
    wrong: `protocolSection:
  statusModule:
    overallStatus: TERMINATED
`,
    right: `protocolSection:
  statusModule:
    overallStatus: TERMINATED
    whyStopped: Slow accrual
`,
  },
  check(context) {
    const status = statusForChecks(context.study);
    if (!status || !STOPPED.has(status) || asString(protocolModule(context.study, 'statusModule').whyStopped)) return;
    context.report({
      messageId: 'missing',
      pointer: `${STATUS}/overallStatus`,
      data: { status: enumLabel('Status', status) },
      fixes: [
        {
          title: 'Add Why Study Stopped',
          safe: false,
          operations: [{ op: 'add', path: `${STATUS}/whyStopped`, value: 'Reason for stopping' }],
        },
      ],
    });
  },
});
