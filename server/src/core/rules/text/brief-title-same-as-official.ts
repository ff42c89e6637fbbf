import { defineRule } from '../defineRule';
import { asString } from '../../model/read';
import { pointerOf, protocolModule } from '../util/read';
import { normalizeText } from '../util/text';

export default defineRule({
  id: 'text/brief-title-same-as-official',
  description: 'The brief title is a lay title, not a copy of the official title.',
  severity: 'info',
  catalogue: [],
  tier: 'house',
  messages: {
    same: 'The brief title is the same as the official title. Write the brief title in plain language for the public.',
  },
  docs: {
    details:
      'The brief title is meant for the public, in plain language; the official title is ' +
      'the protocol title. Copying one into the other loses the lay title.',
    wrong: `protocolSection:
  identificationModule:
    briefTitle: A Randomized, Double-Blind Trial of Drug X in Adults With Type 2 Diabetes
    officialTitle: A Randomized, Double-Blind Trial of Drug X in Adults With Type 2 Diabetes
`,
    right: `protocolSection:
  identificationModule:
    briefTitle: Drug X for Type 2 Diabetes
    officialTitle: A Randomized, Double-Blind Trial of Drug X in Adults With Type 2 Diabetes
`,
  },
  check(context) {
    const identification = protocolModule(context.study, 'identificationModule');
    const brief = asString(identification.briefTitle);
    const official = asString(identification.officialTitle);
    if (!brief || !official || normalizeText(brief) !== normalizeText(official)) return;
    context.report({ messageId: 'same', pointer: pointerOf('identificationModule', 'briefTitle') });
  },
});
