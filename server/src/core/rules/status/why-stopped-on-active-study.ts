import { defineRule } from '../defineRule';
import { enumLabel } from '../../model/enums';
import { asString } from '../../model/read';
import { STATUS, statusForChecks, protocolModule } from '../util/read';
import { removeFix } from '../util/fixes';

const STOPPED = new Set(['SUSPENDED', 'TERMINATED', 'WITHDRAWN', 'UNKNOWN', 'WITHHELD']);

export default defineRule({
  id: 'status/why-stopped-on-active-study',
  description: 'Why Study Stopped is given only for a stopped study.',
  severity: 'warning',
  catalogue: ['status-why-stopped-unexpected'],
  tier: 'house',
  fix: 'unsafe',
  messages: {
    unexpected: 'Why Study Stopped is filled in, but the status is {status}. Remove the reason, or update the status.',
  },
  docs: {
    details:
      'A reason for stopping next to a status such as Recruiting or Completed is usually left ' +
      'over from an earlier status. (Unknown status is set by the registry and is not checked.)',
    wrong: `protocolSection:
  statusModule:
    overallStatus: RECRUITING
    whyStopped: Funding ended
`,
    right: `protocolSection:
  statusModule:
    overallStatus: RECRUITING
`,
  },
  check(context) {
    const status = statusForChecks(context.study);
    if (!status || STOPPED.has(status) || !asString(protocolModule(context.study, 'statusModule').whyStopped)) return;
    const pointer = `${STATUS}/whyStopped`;
    context.report({
      messageId: 'unexpected',
      pointer,
      data: { status: enumLabel('Status', status) },
      fixes: [removeFix('Remove Why Study Stopped', pointer)],
    });
  },
});
