import { defineRule } from '../defineRule';
import { asArray, asObject, asString } from '../../model/read';
import { pointerOf, protocolModule } from '../util/read';
import { compactText } from '../util/text';

export default defineRule({
  id: 'identification/secondary-id-same-as-org',
  description: "A secondary id is not the organization's own study id again.",
  severity: 'warning',
  catalogue: ['id-secondary-same-as-org'],
  tier: 'prs-unverified',
  messages: {
    same:
      'Secondary id "{id}" repeats the Organization\'s Unique ' +
      'Protocol ID. Remove it; the protocol id is already recorded.',
  },
  docs: {
    details:
      "The organization's unique protocol id has its own field; repeating it as a secondary id adds " +
      'nothing. An id with a domain (another organization that uses the same number) is not a repeat.',
    wrong: `protocolSection:
  identificationModule:
    orgStudyIdInfo: { id: ABC-123 }
    secondaryIdInfos:
      - id: ABC-123
`,
    right: `protocolSection:
  identificationModule:
    orgStudyIdInfo: { id: ABC-123 }
`,
  },
  check(context) {
    const identification = protocolModule(context.study, 'identificationModule');
    const org = asString(asObject(identification.orgStudyIdInfo)?.id);
    if (!org) return;
    asArray(identification.secondaryIdInfos).forEach((raw, index) => {
      const info = asObject(raw);
      const id = asString(info?.id);
      // A registry or grant number may coincide with the protocol id on purpose; only untyped or Other ids are repeats.
      if (
        !id ||
        compactText(id) !== compactText(org) ||
        (info?.type !== undefined && info.type !== 'OTHER') ||
        asString(info?.domain)
      )
        return;
      context.report({
        messageId: 'same',
        pointer: pointerOf('identificationModule', 'secondaryIdInfos', index, 'id'),
        data: { id },
      });
    });
  },
});
