import { defineRule } from '../defineRule';
import { fieldInfoAt } from '../../model';
import { asObject, readPath } from '../../model/read';

export default defineRule({
  id: 'text/blank-value',
  description: 'A text field is not left empty or blank.',
  severity: 'error',
  catalogue: ['text-blank'],
  tier: 'house',
  messages: {
    blank: '{field} is empty. Fill it in, or remove the key if it does not apply.',
  },
  docs: {
    details:
      'An empty or whitespace-only text counts as missing for the registry, but it hides the gap from the required-field check.',
    wrong: `protocolSection:
  identificationModule:
    briefTitle: "  "
`,
    right: `protocolSection:
  identificationModule:
    briefTitle: Vitamin D and Falls in Older Adults
`,
  },
  check(context) {
    const walk = (value: unknown, pointer: string): void => {
      if (typeof value === 'string') {
        if (value.trim() === '')
          context.report({
            messageId: 'blank',
            pointer,
            data: { field: fieldInfoAt(pointer)?.title ?? pointer.split('/').pop() ?? 'A field' },
          });
        return;
      }
      if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${pointer}/${index}`));
      else
        for (const [key, child] of Object.entries(asObject(value) ?? {}))
          walk(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    };
    walk(readPath(context.study, 'protocolSection'), '/protocolSection');
  },
});
