import { defineRule } from '../defineRule';
import { asArray, asObject, asString } from '../../model/read';
import { pointerOf, protocolModule } from '../util/read';

export default defineRule({
  id: 'references/avail-ipd-type',
  description: "Available IPD documents use the registry's document types.",
  severity: 'warning',
  catalogue: ['availipd-type'],
  tier: 'official',
  messages: {
    unknownType:
      'Available IPD type "{type}" is not one of the registry\'s types ({types}). Pick the closest, or Other.',
  },
  docs: {
    details:
      'The registry offers a fixed list: Individual Participant Data Set, Study Protocol, ' +
      'Statistical Analysis Plan, Informed Consent Form, Clinical Study Report, Analytic Code, ' +
      'Other. The API stores the label as free text, so the schema cannot check it.',
    wrong: `protocolSection:
  referencesModule:
    availIpds:
      - type: Mutation data
        url: https://example.org/data
`,
    right: `protocolSection:
  referencesModule:
    availIpds:
      - type: Individual Participant Data Set
        url: https://example.org/data
`,
  },
  check(context) {
    const types = [
      'Individual Participant Data Set',
      'Study Protocol',
      'Statistical Analysis Plan',
      'Informed Consent Form',
      'Clinical Study Report',
      'Analytic Code',
      'Other',
    ];
    asArray(protocolModule(context.study, 'referencesModule').availIpds).forEach((raw, index) => {
      const type = asString(asObject(raw)?.type);
      if (!type || types.some((t) => t.toLowerCase() === type.trim().toLowerCase())) return;
      context.report({
        messageId: 'unknownType',
        pointer: pointerOf('referencesModule', 'availIpds', index, 'type'),
        data: { type, types: types.join(', ') },
      });
    });
  },
});
