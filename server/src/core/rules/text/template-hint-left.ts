import { NEW_RECORD_HINTS } from '../../templates/newRecord';
import { defineRule } from '../defineRule';
import { asObject } from '../../model/read';
import { pointerOf } from '../util/read';

/** Every string in the protocol section with its path, depth first. */
function* strings(value: unknown, path: (string | number)[]): Generator<{ text: string; path: (string | number)[] }> {
  if (typeof value === 'string') yield { text: value, path };
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* strings(item, [...path, index]);
  else if (asObject(value))
    for (const [key, item] of Object.entries(value as object)) yield* strings(item, [...path, key]);
}

export default defineRule({
  id: 'text/template-hint-left',
  description: 'No placeholder hint of a New Record template is left in the record.',
  severity: 'warning',
  catalogue: [],
  tier: 'house',
  messages: {
    hintLeft: '"{hint}" is the New Record placeholder, not a value. Replace it with the study\'s own text.',
  },
  docs: {
    details:
      'New Record… fills every required field with a hint of what goes there. A hint left in place reads as valid text to every other check, so this rule says which ones are still there. Only the exact hint text is reported.',
    wrong: `protocolSection:
  identificationModule:
    briefTitle: Brief title in plain language
`,
    right: `protocolSection:
  identificationModule:
    briefTitle: Metformin for Knee Pain in Osteoarthritis
`,
  },
  check(context) {
    for (const { text, path } of strings(context.study.protocolSection, [])) {
      // The criteria hold hints inside a longer text.
      for (const hint of NEW_RECORD_HINTS) {
        if (text === hint || (text.includes(`* ${hint}`) && path.at(-1) === 'eligibilityCriteria')) {
          context.report({
            messageId: 'hintLeft',
            pointer: pointerOf(...path),
            data: { hint },
            ...(text === hint ? {} : { excerpt: hint }),
          });
        }
      }
    }
  },
});
