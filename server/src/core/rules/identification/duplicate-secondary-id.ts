import { defineRule } from '../defineRule';
import { asArray, asObject, asString } from '../../model/read';
import { pointerOf, protocolModule } from '../util/read';
import { compactText } from '../util/text';

export default defineRule({
  id: 'identification/duplicate-secondary-id',
  description: 'Each secondary id is listed once.',
  severity: 'warning',
  catalogue: ['id-secondary-duplicate'],
  tier: 'house',
  messages: {
    duplicate: 'Secondary id "{id}" is listed twice. Remove the repeat.',
  },
  docs: {
    details: 'The same id with the same type and domain listed twice is one id entered twice.',
    wrong: `protocolSection:
  identificationModule:
    secondaryIdInfos:
      - { id: 2019-001234-56, type: EUDRACT_NUMBER }
      - { id: 2019-001234-56, type: EUDRACT_NUMBER }
`,
    right: `protocolSection:
  identificationModule:
    secondaryIdInfos:
      - { id: 2019-001234-56, type: EUDRACT_NUMBER }
`,
  },
  check(context) {
    const seen = new Set<string>();
    asArray(protocolModule(context.study, 'identificationModule').secondaryIdInfos).forEach((raw, index) => {
      const info = asObject(raw);
      const id = asString(info?.id);
      if (!id) return;
      const key =
        `${asString(info?.type) ?? ''}\u0000` + `${compactText(id)}\u0000${compactText(asString(info?.domain) ?? '')}`;
      if (!seen.has(key)) {
        seen.add(key);
        return;
      }
      context.report({
        messageId: 'duplicate',
        pointer: pointerOf('identificationModule', 'secondaryIdInfos', index, 'id'),
        data: { id },
      });
    });
  },
});
