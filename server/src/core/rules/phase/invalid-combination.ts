import { defineRule } from '../defineRule';
import { enumLabel } from '../../model/enums';
import { asArray } from '../../model/read';
import { pointerOf, protocolModule } from '../util/read';

export default defineRule({
  id: 'phase/invalid-combination',
  description: "Phases are one of the registry's choices: a single phase, Phase 1/Phase 2 or Phase 2/Phase 3.",
  severity: 'error',
  catalogue: ['phase-combination'],
  tier: 'official',
  messages: {
    invalid: 'Phases {phases} are not a choice the registry offers. Use one phase, Phase 1/Phase 2 or Phase 2/Phase 3.',
  },
  docs: {
    details:
      'The registry offers Early Phase 1, Phase 1, Phase 1/Phase 2, Phase 2, Phase 2/Phase 3, ' +
      'Phase 3, Phase 4 and N/A. Other pairs, repeats, and N/A or Early Phase 1 combined ' +
      'with anything are not possible. (More than two phases is a schema error.)',
    wrong: `protocolSection:
  designModule:
    phases: [PHASE1, PHASE3]
`,
    right: `protocolSection:
  designModule:
    phases: [PHASE2, PHASE3]
`,
  },
  check(context) {
    const phases = asArray(protocolModule(context.study, 'designModule').phases).filter(
      (p): p is string => typeof p === 'string',
    );
    if (phases.length !== 2) return;
    const pair = [...phases].sort().join('+');
    if (pair === 'PHASE1+PHASE2' || pair === 'PHASE2+PHASE3') return;
    context.report({
      messageId: 'invalid',
      pointer: pointerOf('designModule', 'phases'),
      data: { phases: phases.map((p) => enumLabel('Phase', p)).join(' + ') },
    });
  },
});
