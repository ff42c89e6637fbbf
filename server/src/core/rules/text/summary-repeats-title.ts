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
      'The brief summary should explain, in lay language, what the study is about and why. A summary that is just the title tells the reader nothing new.',
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
    briefSummary: This study tests whether Drug X lowers blood sugar in adults with type 2 diabetes better than usual care.
`,
  },
  check(context) {
    const identification = protocolModule(context.study, 'identificationModule');
    const summary = asString(protocolModule(context.study, 'descriptionModule').briefSummary);
    if (!summary) return;
    const own = compactText(summary);
    for (const [key, title] of [
      ['briefTitle', 'brief title'],
      ['officialTitle', 'official title'],
    ] as const) {
      const text = asString(identification[key]);
      if (!text) continue;
      const theirs = compactText(text);
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
