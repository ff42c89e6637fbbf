import { defineRule } from '../defineRule';
import { asObject, asString } from '../../model/read';
import { pointerOf, protocolModule } from '../util/read';

export default defineRule({
  id: 'oversight/expanded-access-record-mismatch',
  description: 'An expanded-access record number is given only when expanded access is available.',
  severity: 'warning',
  catalogue: ['fdaaa-expanded-access-nct'],
  tier: 'house',
  messages: {
    orphanNct:
      'An expanded-access record ({nctId}) is given, but Availability of Expanded ' +
      'Access is not Yes. Set it to Yes, or remove the record number.',
  },
  docs: {
    details:
      'The NCT number of the expanded-access record belongs with "expanded ' +
      'access available: Yes". (A malformed number is a schema error.)',
    wrong: `protocolSection:
  statusModule:
    expandedAccessInfo:
      hasExpandedAccess: false
      nctId: NCT01234567
`,
    right: `protocolSection:
  statusModule:
    expandedAccessInfo:
      hasExpandedAccess: true
      nctId: NCT01234567
`,
  },
  check(context) {
    const info = asObject(protocolModule(context.study, 'statusModule').expandedAccessInfo);
    const nctId = asString(info?.nctId);
    if (!info || !nctId || info.hasExpandedAccess === true) return;
    context.report({
      messageId: 'orphanNct',
      pointer: pointerOf('statusModule', 'expandedAccessInfo', 'nctId'),
      data: { nctId },
    });
  },
});
