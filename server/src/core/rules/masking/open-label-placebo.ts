import { defineRule } from '../defineRule';
import { enumLabel } from '../../model/enums';
import { readArms } from '../../arms';
import { MASKING, readMasking } from '../util/masking';
import { asString } from '../../model/read';
import { protocolModule } from '../util/read';
import { position } from '../util/text';

export default defineRule({
  id: 'masking/open-label-placebo',
  description: 'A placebo or sham comparator usually goes with masking.',
  severity: 'info',
  catalogue: [],
  tier: 'house',
  messages: {
    openLabel:
      'Masking is None (Open Label), but arm "{arm}" is a {type}. Placebos ' +
      'and shams exist to mask the assignment: check the masking level.',
  },
  docs: {
    details:
      'Placebo and sham comparators are used so that participants (and often investigators) do not ' +
      'know the assignment. An open-label study with one is unusual; deliberately "open-label ' +
      'placebo" studies say so in the title or summary and are not reported.',
    wrong: `protocolSection:
  designModule:
    designInfo:
      maskingInfo:
        masking: NONE
  armsInterventionsModule:
    armGroups:
      - label: Placebo
        type: PLACEBO_COMPARATOR
`,
    right: `protocolSection:
  designModule:
    designInfo:
      maskingInfo:
        masking: DOUBLE
        whoMasked: [PARTICIPANT, INVESTIGATOR]
  armsInterventionsModule:
    armGroups:
      - label: Placebo
        type: PLACEBO_COMPARATOR
`,
  },
  check(context) {
    if (readMasking(context.study).masking !== 'NONE') return;
    const arm = readArms(context.study).find((a) => a.type === 'PLACEBO_COMPARATOR' || a.type === 'SHAM_COMPARATOR');
    if (!arm || !arm.type) return;
    const identification = protocolModule(context.study, 'identificationModule');
    const description = protocolModule(context.study, 'descriptionModule');
    const texts = [identification.briefTitle, identification.officialTitle, description.briefSummary].map(
      (t) => asString(t) ?? '',
    );
    if (texts.some((t) => /open[- ]label (placebo|sham)|non-?blinded|unblinded/i.test(t))) return;
    context.report({
      messageId: 'openLabel',
      pointer: MASKING,
      data: { arm: arm.label ?? position(arm.index), type: enumLabel('ArmGroupType', arm.type) },
    });
  },
});
