import { defineRule } from '../defineRule';
import { readPath } from '../../model/read';
import { pointerOf, studyType } from '../util/read';

export default defineRule({
  id: 'design/expanded-access-extra-data',
  description: 'An expanded-access record carries no outcomes, enrollment or study dates.',
  severity: 'warning',
  catalogue: ['type-ea-not-collected'],
  tier: 'house',
  messages: {
    extra:
      'The record is Expanded Access, which does not collect {field}. Remove it; the registry ignores or rejects it.',
  },
  docs: {
    details:
      'Outcome measures, enrollment and the start and completion dates are not part of the expanded-access data set.',
    wrong: `protocolSection:
  designModule:
    studyType: EXPANDED_ACCESS
    enrollmentInfo: { count: 10 }
`,
    right: `protocolSection:
  designModule:
    studyType: EXPANDED_ACCESS
`,
  },
  check(context) {
    if (studyType(context.study) !== 'EXPANDED_ACCESS') return;
    const extras: [string[], string][] = [
      [['outcomesModule'], 'outcome measures'],
      [['designModule', 'enrollmentInfo'], 'enrollment'],
      [['statusModule', 'startDateStruct'], 'a Study Start Date'],
      [['statusModule', 'primaryCompletionDateStruct'], 'a Primary Completion Date'],
      [['statusModule', 'completionDateStruct'], 'a Study Completion Date'],
    ];
    for (const [path, field] of extras) {
      if (readPath(context.study, 'protocolSection', ...path) === undefined) continue;
      context.report({ messageId: 'extra', pointer: pointerOf(...path), target: 'key', data: { field } });
    }
  },
});
