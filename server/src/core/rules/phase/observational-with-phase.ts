import { defineRule } from '../defineRule';
import { enumLabel } from '../../model/enums';
import { asArray } from '../../model/read';
import { pointerOf, protocolModule, studyType } from '../util/read';
import { removeFix } from '../util/fixes';

export default defineRule({
  id: 'phase/observational-with-phase',
  description: 'Only interventional studies have a phase.',
  severity: 'error',
  catalogue: ['type-int-fields-on-obs'],
  tier: 'official',
  fix: 'unsafe',
  messages: {
    phase:
      'The study type is {type}, but a phase ({phases}) is given. ' +
      'Phases apply to interventional studies only; remove them.',
  },
  docs: {
    details: 'The registry collects the phase if and only if the study is interventional.',
    wrong: `protocolSection:
  designModule:
    studyType: OBSERVATIONAL
    phases: [PHASE4]
`,
    right: `protocolSection:
  designModule:
    studyType: OBSERVATIONAL
`,
  },
  check(context) {
    const type = studyType(context.study);
    if (type !== 'OBSERVATIONAL' && type !== 'EXPANDED_ACCESS') return;
    const phases = asArray(protocolModule(context.study, 'designModule').phases).filter(
      (p): p is string => typeof p === 'string',
    );
    if (phases.length === 0) return;
    const pointer = pointerOf('designModule', 'phases');
    context.report({
      messageId: 'phase',
      pointer,
      target: 'key',
      data: { type: enumLabel('StudyType', type), phases: phases.map((p) => enumLabel('Phase', p)).join('/') },
      fixes: [removeFix('Remove the phases', pointer)],
    });
  },
});
