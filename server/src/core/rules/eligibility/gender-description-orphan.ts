import { defineRule } from '../defineRule';
import { asString } from '../../model/read';
import { ELIGIBILITY, protocolModule } from '../util/read';

export default defineRule({
  id: 'eligibility/gender-description-orphan',
  description: 'A gender eligibility description goes with gender-based eligibility.',
  severity: 'warning',
  catalogue: ['elig-gender-description-orphan'],
  tier: 'prs-unverified',
  messages: {
    orphan:
      'A Gender Eligibility Description is given, but Gender Based is not ' +
      'Yes. Set Gender Based to Yes, or remove the description.',
  },
  docs: {
    details:
      'The registry shows the description only when eligibility is based on gender ' +
      'identity (Gender Based: Yes). (Yes without a description is a schema finding.)',
    wrong: `protocolSection:
  eligibilityModule:
    sex: ALL
    genderDescription: Transgender women
`,
    right: `protocolSection:
  eligibilityModule:
    sex: ALL
    genderBased: true
    genderDescription: Transgender women
`,
  },
  check(context) {
    const eligibility = protocolModule(context.study, 'eligibilityModule');
    if (!asString(eligibility.genderDescription) || eligibility.genderBased === true) return;
    context.report({ messageId: 'orphan', pointer: `${ELIGIBILITY}/genderDescription`, target: 'key' });
  },
});
