import { defineRule } from '../defineRule';
import { asString } from '../../model/read';
import { ELIGIBILITY, protocolModule } from '../util/read';

export default defineRule({
  id: 'eligibility/criteria-headings',
  description: 'The eligibility criteria are written under Inclusion and Exclusion headings.',
  severity: 'info',
  catalogue: ['elig-criteria-structure'],
  tier: 'official',
  messages: {
    missing:
      'The eligibility criteria have no "{heading}" heading. Write them as ' +
      'bulleted lists under "Inclusion Criteria:" and "Exclusion Criteria:".',
  },
  docs: {
    details:
      'The data element definitions ask for the criteria as bulleted lists ' +
      'under both headings; reviewers and readers rely on the split.',
    wrong: `protocolSection:
  eligibilityModule:
    eligibilityCriteria: |
      Adults with asthma, not pregnant.
`,
    right: `protocolSection:
  eligibilityModule:
    eligibilityCriteria: |
      Inclusion Criteria:

      * Adults with asthma

      Exclusion Criteria:

      * Pregnancy
`,
  },
  check(context) {
    const criteria = asString(protocolModule(context.study, 'eligibilityModule').eligibilityCriteria);
    if (!criteria) return;
    const hasInclusion = /\binclusion\b|\beligibility criteria\b|\bto be eligible\b|\bmust (?:meet|have|be)\b/i.test(
      criteria,
    );
    const hasExclusion = /\b(?:exclusion|non-?inclusion)\b|\bnot eligible\b|\bexcluded\b/i.test(criteria);
    if (hasInclusion && hasExclusion) return;
    context.report({
      messageId: 'missing',
      pointer: `${ELIGIBILITY}/eligibilityCriteria`,
      data: { heading: hasInclusion ? 'Exclusion Criteria' : 'Inclusion Criteria' },
    });
  },
});
