import { NEW_RECORD_HINTS } from '../../templates/newRecord';
import { defineRule, type RuleReport } from '../defineRule';
import { pointerOf, protocolStringCollector } from '../util/read';

/** The hints left in a record, found in the walk over its strings that the text rules share. */
const hintsLeftIn = protocolStringCollector(findHints);

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
      'New Record… fills every required field with a hint of what goes there. A hint ' +
      'left in place reads as valid text to every other check, so this rule says which ' +
      'ones are still there. Only the exact hint text is reported.',
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
    for (const report of hintsLeftIn(context.study)) context.report(report);
  },
});

type HintReport = RuleReport<'hintLeft'>;

/**
 * Each hint's length and first character, as one number: a text of another shape is not a hint, and is not hashed to
 * look it up (this rule reads every string of every record).
 */
const HINT_SHAPES = new Set([...NEW_RECORD_HINTS].map((hint) => shapeOf(hint)));

function shapeOf(text: string): number {
  return text.length * 0x10000 + text.charCodeAt(0);
}

/** Each hint as a bullet of the criteria template (`* Inclusion criterion`). */
const HINT_BULLETS = [...NEW_RECORD_HINTS].map((hint) => ({ hint, bullet: `* ${hint}` }));

function findHints(text: string, path: readonly (string | number)[], found: HintReport[]): void {
  // The criteria hold hints inside a longer text; any other field is a hint only as a whole.
  if (path[path.length - 1] !== 'eligibilityCriteria') {
    if (HINT_SHAPES.has(shapeOf(text)) && NEW_RECORD_HINTS.has(text))
      found.push({ messageId: 'hintLeft', pointer: pointerOf(...path), data: { hint: text } });
    return;
  }
  for (const { hint, bullet } of HINT_BULLETS) {
    if (text === hint || text.includes(bullet)) {
      found.push({
        messageId: 'hintLeft',
        pointer: pointerOf(...path),
        data: { hint },
        ...(text === hint ? {} : { excerpt: hint }),
      });
    }
  }
}
