import { defineRule } from '../defineRule';
import { enumLabel } from '../../model/enums';
import { asString } from '../../model/read';
import { overallStatus, pointerOf, protocolModule } from '../util/read';

export default defineRule({
  id: 'status/registry-assigned-status',
  description: 'A draft does not choose a status only the registry assigns.',
  severity: 'error',
  catalogue: ['type-registry-only-status'],
  tier: 'official',
  messages: {
    assigned:
      'The status {status} is assigned by the registry; a record being prepared ' +
      'cannot choose it. Give the actual recruitment status.',
  },
  docs: {
    details:
      'Unknown status and Withheld (and the Last Known Status that goes with Unknown) are set by ' +
      'the registry. A transcription of a published record (it has an NCT number) carries them ' +
      'legitimately and is not reported; the status rules then read its last known status.',
    wrong: `protocolSection:
  statusModule:
    overallStatus: UNKNOWN
`,
    right: `protocolSection:
  statusModule:
    overallStatus: RECRUITING
`,
  },
  check(context) {
    if (asString(protocolModule(context.study, 'identificationModule').nctId)) return;
    const status = overallStatus(context.study);
    if (status === 'UNKNOWN' || status === 'WITHHELD') {
      context.report({
        messageId: 'assigned',
        pointer: pointerOf('statusModule', 'overallStatus'),
        data: { status: enumLabel('Status', status) },
      });
    } else if (asString(protocolModule(context.study, 'statusModule').lastKnownStatus)) {
      context.report({
        messageId: 'assigned',
        pointer: pointerOf('statusModule', 'lastKnownStatus'),
        target: 'key',
        data: { status: 'Last Known Status' },
      });
    }
  },
});
