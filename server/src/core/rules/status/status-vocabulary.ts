import { defineRule } from '../defineRule';
import { enumLabel } from '../../model/enums';
import { overallStatus, pointerOf, studyType } from '../util/read';
import { EXPANDED_ACCESS_STATUSES } from '../util/status';

export default defineRule({
  id: 'status/status-vocabulary',
  description: "The overall status belongs to the study type's vocabulary.",
  severity: 'error',
  catalogue: ['type-status-vocabulary'],
  tier: 'official',
  messages: {
    wrongVocabulary:
      'The overall status {status} is for {kind} records, but the study type is {type}. Use a status of {own} records.',
  },
  docs: {
    details:
      'Expanded-access records use Available, No longer available, Temporarily not available and Approved for ' +
      'marketing; interventional and observational studies use the recruitment statuses. The two lists do not mix.',
    wrong: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
  statusModule:
    overallStatus: AVAILABLE
`,
    right: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
  statusModule:
    overallStatus: RECRUITING
`,
  },
  check(context) {
    const type = studyType(context.study);
    const status = overallStatus(context.study);
    if (!type || !status || status === 'UNKNOWN' || status === 'WITHHELD') return;
    const isEaStatus = EXPANDED_ACCESS_STATUSES.has(status);
    const isEa = type === 'EXPANDED_ACCESS';
    if (isEa === isEaStatus) return;
    context.report({
      messageId: 'wrongVocabulary',
      pointer: pointerOf('statusModule', 'overallStatus'),
      data: {
        status: enumLabel('Status', status),
        kind: isEaStatus ? 'expanded-access' : 'interventional and observational',
        type: enumLabel('StudyType', type),
        own: isEa ? 'expanded-access' : 'interventional and observational',
      },
    });
  },
});
