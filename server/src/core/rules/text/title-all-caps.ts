import { defineRule } from '../defineRule';
import { asString } from '../../model/read';
import { pointerOf, protocolModule } from '../util/read';

function isAllCaps(text: string): boolean {
  // One ASCII small letter settles it (most titles): it is among the letters and upper-casing changes it.
  if (/[a-z]/.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  const words = text.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
  return (
    letters.length >= 12 && words.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
  );
}

export default defineRule({
  id: 'text/title-all-caps',
  description: 'Titles are not written in all capitals.',
  severity: 'info',
  catalogue: [],
  tier: 'house',
  messages: {
    allCaps: 'The {title} is written in capital letters. Use sentence or title case: all capitals are hard to read.',
  },
  docs: {
    details: 'Registry reviewers ask for titles in normal case; capitals are kept for abbreviations and acronyms.',
    wrong: `protocolSection:
  identificationModule:
    briefTitle: STEM CELLS FOR RHEUMATOID ARTHRITIS
`,
    right: `protocolSection:
  identificationModule:
    briefTitle: Stem Cells for Rheumatoid Arthritis
`,
  },
  check(context) {
    const identification = protocolModule(context.study, 'identificationModule');
    for (const [key, title] of [
      ['briefTitle', 'brief title'],
      ['officialTitle', 'official title'],
    ] as const) {
      const text = asString(identification[key]);
      if (text && isAllCaps(text))
        context.report({ messageId: 'allCaps', pointer: pointerOf('identificationModule', key), data: { title } });
    }
  },
});
