import { defineRule } from '../defineRule';
import { asArray, asObject, asString } from '../../model/read';
import { pointerOf, protocolModule } from '../util/read';
import { position } from '../util/text';

export default defineRule({
  id: 'references/derived-reference-in-draft',
  description: 'References of type Derived are left to the registry.',
  severity: 'warning',
  catalogue: ['ref-derived-authored'],
  tier: 'official',
  messages: {
    derived:
      'Reference {position} is of type Derived, which the registry adds ' +
      'itself from PubMed. In a record you submit, use Background or Result.',
  },
  docs: {
    details:
      'Derived references are found by the registry (PubMed articles that cite the NCT ' +
      'number). A published record carries them; a draft (no NCT number yet) should not.',
    wrong: `protocolSection:
  referencesModule:
    references:
      - pmid: "31234567"
        type: DERIVED
`,
    right: `protocolSection:
  referencesModule:
    references:
      - pmid: "31234567"
        type: BACKGROUND
`,
  },
  check(context) {
    // A transcription of a published record (it has an NCT number) legitimately carries the registry's derived
    // references.
    if (asString(protocolModule(context.study, 'identificationModule').nctId)) return;
    asArray(protocolModule(context.study, 'referencesModule').references).forEach((raw, index) => {
      if (asObject(raw)?.type !== 'DERIVED') return;
      context.report({
        messageId: 'derived',
        pointer: pointerOf('referencesModule', 'references', index, 'type'),
        data: { position: position(index) },
      });
    });
  },
});
