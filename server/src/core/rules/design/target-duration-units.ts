import { defineRule } from '../defineRule';
import { asString } from '../../model/read';
import { pointerOf, protocolModule } from '../util/read';

export default defineRule({
  id: 'design/target-duration-units',
  description: 'A target follow-up duration is given in years, months, weeks or days.',
  severity: 'warning',
  catalogue: ['obs-duration-units'],
  tier: 'official',
  messages: {
    unit:
      'Target Follow-Up Duration "{duration}" uses a unit the registry ' +
      'does not offer. Give it in Years, Months, Weeks or Days.',
  },
  docs: {
    details: 'The registry offers Years, Months, Weeks and Days for the target duration; the API pattern is looser.',
    wrong: `protocolSection:
  designModule:
    patientRegistry: true
    targetDuration: 48 Hours
`,
    right: `protocolSection:
  designModule:
    patientRegistry: true
    targetDuration: 2 Days
`,
  },
  check(context) {
    const duration = asString(protocolModule(context.study, 'designModule').targetDuration)?.trim();
    if (!duration || /^\d+\s+(?:years?|months?|weeks?|days?)$/i.test(duration)) return;
    context.report({ messageId: 'unit', pointer: pointerOf('designModule', 'targetDuration'), data: { duration } });
  },
});
