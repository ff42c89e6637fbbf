import { defineRule } from '../defineRule';
import { asArray, asObject, asString } from '../../model/read';
import { pointerOf, protocolModule } from '../util/read';

export default defineRule({
  id: 'identification/eu-trial-number-format',
  description: 'EudraCT and EU CT (CTIS) numbers are written in their registry format.',
  severity: 'warning',
  catalogue: ['id-eudract-ctis-format'],
  tier: 'house',
  messages: {
    badFormat: '{kind} "{id}" is not in the form {form}. Check the number for a typo.',
  },
  docs: {
    details:
      'EudraCT numbers are YYYY-NNNNNN-NN; EU CT numbers (CTIS) ' +
      'are YYYY-5NNNNN-NN-NN. Anything else is usually a typo.',
    wrong: `protocolSection:
  identificationModule:
    secondaryIdInfos:
      - { id: 2019-01234-56, type: EUDRACT_NUMBER }
`,
    right: `protocolSection:
  identificationModule:
    secondaryIdInfos:
      - { id: 2019-001234-56, type: EUDRACT_NUMBER }
`,
  },
  check(context) {
    const formats: Record<string, [string, RegExp, string]> = {
      EUDRACT_NUMBER: ['EudraCT number', /^\d{4}-\d{6}-\d{2}$/, 'YYYY-NNNNNN-NN'],
      CTIS: ['EU CT number', /^\d{4}-5\d{5}-\d{2}-\d{2}$/, 'YYYY-5NNNNN-NN-NN'],
    };
    asArray(protocolModule(context.study, 'identificationModule').secondaryIdInfos).forEach((raw, index) => {
      const info = asObject(raw);
      const id = asString(info?.id)?.trim();
      const format = formats[asString(info?.type) ?? ''];
      if (!id || !format || format[1].test(id)) return;
      context.report({
        messageId: 'badFormat',
        pointer: pointerOf('identificationModule', 'secondaryIdInfos', index, 'id'),
        data: { kind: format[0], id, form: format[2] },
      });
    });
  },
});
