import { defineRule } from '../defineRule';
import { asObject, asString } from '../../model/read';
import { pointerOf, protocolModule } from '../util/read';

export default defineRule({
  id: 'design/biospec-description-without-specimens',
  description: 'A biospecimen description goes with retained specimens.',
  severity: 'warning',
  catalogue: ['obs-biospec-description'],
  tier: 'official',
  messages: {
    orphan:
      'Biospecimens are described, but Biospecimen Retention is None Retained. ' +
      'Say which specimens are retained, or remove the description.',
  },
  docs: {
    details:
      'The registry schema takes a biospecimen description only when specimens are ' +
      'retained. (A missing description for retained specimens is a schema finding.)',
    wrong: `protocolSection:
  designModule:
    bioSpec:
      retention: NONE_RETAINED
      description: Whole blood
`,
    right: `protocolSection:
  designModule:
    bioSpec:
      retention: SAMPLES_WITH_DNA
      description: Whole blood
`,
  },
  check(context) {
    const bioSpec = asObject(protocolModule(context.study, 'designModule').bioSpec);
    if (bioSpec?.retention !== 'NONE_RETAINED' || !asString(bioSpec.description)) return;
    context.report({
      messageId: 'orphan',
      pointer: pointerOf('designModule', 'bioSpec', 'description'),
      target: 'key',
    });
  },
});
