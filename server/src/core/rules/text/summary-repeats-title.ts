import { defineRule } from '../defineRule';
import { asString } from '../../model/read';
import { pointerOf, protocolModule } from '../util/read';
import { compactText } from '../util/text';

export default defineRule({
  id: 'text/summary-repeats-title',
  description: 'The brief summary says more than the title.',
  severity: 'info',
  catalogue: [],
  tier: 'house',
  messages: {
    repeats: 'The brief summary only repeats the {title}. Describe the purpose of the study in a few plain sentences.',
  },
  docs: {
    details:
      'The brief summary should explain, in lay language, what the study is about ' +
      'and why. A summary that is just the title tells the reader nothing new.',
    wrong: `protocolSection:
  identificationModule:
    briefTitle: Drug X for Type 2 Diabetes
  descriptionModule:
    briefSummary: Drug X for type 2 diabetes.
`,
    right: `protocolSection:
  identificationModule:
    briefTitle: Drug X for Type 2 Diabetes
  descriptionModule:
    briefSummary: This study tests whether Drug X lowers blood sugar in adults with type 2 diabetes better than usual \
care.
`,
  },
  check(context) {
    const identification = protocolModule(context.study, 'identificationModule');
    const summary = asString(protocolModule(context.study, 'descriptionModule').briefSummary);
    if (!summary) return;
    const titles = (['briefTitle', 'officialTitle'] as const).flatMap((key) => {
      const text = asString(identification[key]);
      return text ? [{ key, theirs: compactText(text) }] : [];
    });
    // A summary with more letters and digits than the longest title allows cannot repeat it:
    // most summaries are paragraphs, and are not worth normalising here.
    const longest = Math.max(0, ...titles.map(({ theirs }) => theirs.length));
    if (asciiLettersAndDigits(summary, longest + 10 + 1) > longest + 10) return;
    const own = compactText(summary);
    for (const { key, theirs } of titles) {
      const title = key === 'briefTitle' ? 'brief title' : 'official title';
      // Equal, or the title plus a few characters (a trailing "study", a full stop).
      if (own === theirs || (own.startsWith(theirs) && own.length - theirs.length <= 10)) {
        context.report({
          messageId: 'repeats',
          pointer: pointerOf('descriptionModule', 'briefSummary'),
          data: { title },
        });
        return;
      }
    }
  },
});

/** ASCII letters and digits in `text`, counted up to `enough`: each one stays a character of its compact form. */
function asciiLettersAndDigits(text: string, enough: number): number {
  let count = 0;
  for (let i = 0; i < text.length && count < enough; i++) {
    const code = text.charCodeAt(i) | 32;
    if ((code >= 97 && code <= 122) || (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57)) count++;
  }
  return count;
}
