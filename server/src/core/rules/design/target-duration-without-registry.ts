import { defineRule } from '../defineRule';
import { asString } from '../../model/read';
import { pointerOf, protocolModule } from '../util/read';

export default defineRule({
  id: 'design/target-duration-without-registry',
  description: 'A target follow-up duration goes with a patient registry.',
  severity: 'warning',
  catalogue: ['obs-registry-duration'],
  tier: 'official',
  messages: {
    orphan:
      'A Target Follow-Up Duration ({duration}) is given, but the study is not marked ' +
      'as a patient registry. Set Patient Registry to Yes, or remove the duration.',
  },
  docs: {
    details:
      'The registry schema asks for the target follow-up duration of patient ' +
      'registries only. (A registry without a duration is a schema finding.)',
    wrong: `protocolSection:
  designModule:
    studyType: OBSERVATIONAL
    patientRegistry: false
    targetDuration: 5 Years
`,
    right: `protocolSection:
  designModule:
    studyType: OBSERVATIONAL
    patientRegistry: true
    targetDuration: 5 Years
`,
  },
  check(context) {
    const design = protocolModule(context.study, 'designModule');
    const duration = asString(design.targetDuration);
    if (!duration || design.patientRegistry === true) return;
    context.report({
      messageId: 'orphan',
      pointer: pointerOf('designModule', 'targetDuration'),
      target: 'key',
      data: { duration },
    });
  },
});
