import { defineRule } from '../defineRule';
import { asString } from '../../model/read';
import { pointerOf, protocolModule } from '../util/read';

const LIMIT = 14;

export default defineRule({
  id: 'text/acronym-too-long',
  description: 'The acronym is at most 14 characters.',
  severity: 'error',
  catalogue: ['text-limit'],
  tier: 'official',
  messages: {
    tooLong:
      'The acronym "{acronym}" has {length} characters; ' +
      'the registry allows {limit}. Shorten it, or move the words into the titles.',
  },
  docs: {
    details:
      'The registry limits the acronym to 14 characters and shows it after the brief ' +
      'title. A long value is usually a short title typed into the wrong field.',
    wrong: `protocolSection:
  identificationModule:
    acronym: STEM-CELLS-FOR-RA
`,
    right: `protocolSection:
  identificationModule:
    acronym: SC-RA
`,
  },
  check(context) {
    const acronym = asString(protocolModule(context.study, 'identificationModule').acronym);
    if (!acronym || Array.from(acronym).length <= LIMIT) return;
    context.report({
      messageId: 'tooLong',
      pointer: pointerOf('identificationModule', 'acronym'),
      data: { acronym, length: Array.from(acronym).length, limit: LIMIT },
    });
  },
});
