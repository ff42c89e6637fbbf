import { defineRule } from '../defineRule';
import { asArray, asObject, asString } from '../../model/read';
import { pointerOf, protocolModule } from '../util/read';

export default defineRule({
  id: 'references/pmid-format',
  description: 'A PubMed identifier is a number.',
  severity: 'error',
  catalogue: ['ref-pmid-format'],
  tier: 'house',
  messages: {
    notNumber: 'PubMed Identifier "{pmid}" is not a number. Give the digits of the PMID only (e.g. 31234567).',
  },
  docs: {
    details: 'A PMID is a positive whole number; anything else cannot be linked to PubMed.',
    wrong: `protocolSection:
  referencesModule:
    references:
      - pmid: PMID 31234567
        citation: Doe J. A trial. Lancet. 2019.
`,
    right: `protocolSection:
  referencesModule:
    references:
      - pmid: "31234567"
        citation: Doe J. A trial. Lancet. 2019.
`,
  },
  check(context) {
    asArray(protocolModule(context.study, 'referencesModule').references).forEach((raw, index) => {
      const pmid = asString(asObject(raw)?.pmid);
      if (!pmid || /^\d{1,9}$/.test(pmid.trim())) return;
      context.report({
        messageId: 'notNumber',
        pointer: pointerOf('referencesModule', 'references', index, 'pmid'),
        data: { pmid },
      });
    });
  },
});
