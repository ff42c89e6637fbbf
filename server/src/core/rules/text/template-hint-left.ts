import { NEW_RECORD_HINTS } from '../../templates/newRecord';
import { defineRule } from '../defineRule';
import { forEachString, pointerOf } from '../util/read';

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
    forEachString(context.study.protocolSection, (text, path) => {
      // The criteria hold hints inside a longer text; any other field is a hint only as a whole.
      if (path.at(-1) !== 'eligibilityCriteria') {
        if (NEW_RECORD_HINTS.has(text))
          context.report({ messageId: 'hintLeft', pointer: pointerOf(...path), data: { hint: text } });
        return;
      }
      for (const hint of NEW_RECORD_HINTS) {
        if (text === hint || text.includes(`* ${hint}`)) {
          context.report({
            messageId: 'hintLeft',
            pointer: pointerOf(...path),
            data: { hint },
            ...(text === hint ? {} : { excerpt: hint }),
          });
        }
      }
    });
  },
});
