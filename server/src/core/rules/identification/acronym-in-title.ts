import { defineRule } from '../defineRule';
import { asString } from '../../model/read';
import { pointerOf, protocolModule } from '../util/read';

export default defineRule({
  id: 'identification/acronym-in-title',
  description: 'The brief title does not already end with the acronym.',
  severity: 'info',
  catalogue: ['id-acronym-in-title'],
  tier: 'prs-unverified',
  messages: {
    twice:
      'The brief title ends with "({acronym})", and the registry appends the acronym to ' +
      'the brief title on display, so it would show twice. Remove it from the title.',
  },
  docs: {
    details: 'The registry shows the brief title followed by the acronym in parentheses.',
    wrong: `protocolSection:
  identificationModule:
    briefTitle: Vitamin D and Falls in Older Adults (VIDAL)
    acronym: VIDAL
`,
    right: `protocolSection:
  identificationModule:
    briefTitle: Vitamin D and Falls in Older Adults
    acronym: VIDAL
`,
  },
  check(context) {
    const identification = protocolModule(context.study, 'identificationModule');
    const title = asString(identification.briefTitle)?.trim();
    const acronym = asString(identification.acronym)?.trim();
    if (!title || !acronym || !title.toLowerCase().endsWith(`(${acronym.toLowerCase()})`)) return;
    context.report({ messageId: 'twice', pointer: pointerOf('identificationModule', 'briefTitle'), data: { acronym } });
  },
});
