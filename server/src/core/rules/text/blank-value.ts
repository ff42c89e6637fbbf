import { defineRule, type RuleReport } from '../defineRule';
import { fieldInfoAt } from '../../model';
import { pointerOf, protocolStringCollector } from '../util/read';

/** The blank texts of a record, found in the walk over its strings that the text rules share. */
const blanksOf = protocolStringCollector(findBlank);

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
      'An empty or whitespace-only text counts as missing for the ' +
      'registry, but it hides the gap from the required-field check.',
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
    for (const report of blanksOf(context.study)) context.report(report);
  },
});

type BlankReport = RuleReport<'blank'>;

function findBlank(text: string, path: readonly (string | number)[], found: BlankReport[]): void {
  // A printable ASCII first character settles it without copying the text; the pointer is built only for a blank.
  const first = text.charCodeAt(0);
  if ((first > 32 && first < 127) || text.trim() !== '') return;
  const pointer = pointerOf(...path);
  found.push({
    messageId: 'blank',
    pointer,
    data: { field: fieldInfoAt(pointer)?.title ?? pointer.split('/').pop() ?? 'A field' },
  });
}
