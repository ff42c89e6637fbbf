import { defineRule } from '../defineRule';
import { enumLabel } from '../../model/enums';
import { asArray, asObject, readPath } from '../../model/read';
import { isPreFdaaaRecord, pointerOf, studyType } from '../util/read';

export default defineRule({
  id: 'outcomes/missing-primary-outcome',
  description: 'Interventional and observational studies state a primary outcome.',
  severity: 'error',
  catalogue: ['req-primary-outcome'],
  tier: 'official',
  messages: {
    missing: 'The study is {type} but lists no primary outcome measure. Add at least one, with its time frame.',
  },
  docs: {
    details:
      'The registry requires at least one primary outcome measure for interventional and observational studies ' +
      '(not for expanded access). Records first submitted before FDAAA 801 (2007-09-27) are not checked.',
    wrong: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
  outcomesModule:
    secondaryOutcomes:
      - measure: Pain score
        timeFrame: 12 weeks
`,
    right: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
  outcomesModule:
    primaryOutcomes:
      - measure: Pain score
        timeFrame: 12 weeks
`,
  },
  check(context) {
    const type = studyType(context.study);
    if (type !== 'INTERVENTIONAL' && type !== 'OBSERVATIONAL') return;
    if (isPreFdaaaRecord(context.study)) return;
    const outcomes = asObject(readPath(context.study, 'protocolSection', 'outcomesModule'));
    if (asArray(outcomes?.primaryOutcomes).length > 0) return;
    // Point at the list (or the module) the author must fill in; at the study type only when there is neither.
    const pointer = !outcomes
      ? pointerOf('designModule', 'studyType')
      : 'primaryOutcomes' in outcomes
        ? pointerOf('outcomesModule', 'primaryOutcomes')
        : pointerOf('outcomesModule');
    context.report({
      messageId: 'missing',
      pointer,
      ...(outcomes ? { target: 'key' as const } : {}),
      data: { type: enumLabel('StudyType', type) },
    });
  },
});
