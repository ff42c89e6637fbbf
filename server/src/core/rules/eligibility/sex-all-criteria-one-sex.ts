import { defineRule } from '../defineRule';
import { inclusionParts } from './ageText';
import { ELIGIBILITY, asString, protocolModule } from '../util/read';

const ITEM = String.raw`^[ \t]*(?:[-*•·]|\d{1,2}[.)])?[ \t]*(?:healthy |adult |young |elderly |older |non-pregnant |pregnant |ambulatory )?`;
const NOT_RESTRICTING = String.raw`(?![ \t]+(?:of[ \t]+(?:child|reproductive)|(?:who|that)[ \t]+(?:are|could|can|may)[ \t]+(?:become[ \t]+)?(?:pregnant|able|of)|with[ \t]+(?:\w+[ \t]+)?(?:child|reproductive)|and[ \t]+(?:men|males?)))`;
const FEMALE_ONLY = new RegExp(String.raw`${ITEM}(?:(?:post|pre|peri)-?menopausal[ \t]+)?(?:women|females?|girls)\b${NOT_RESTRICTING}`, 'im');
const MALE_ONLY = new RegExp(String.raw`${ITEM}(?:men|males?|boys)\b${NOT_RESTRICTING}`, 'im');
const MENTIONS_MEN = /\b(men|males?|man|boys|both (?:sexes|genders)|either (?:sex|gender)|any (?:sex|gender)|all (?:sexes|genders))\b/i;
const MENTIONS_WOMEN = /\b(women|females?|woman|girls|both (?:sexes|genders)|either (?:sex|gender)|any (?:sex|gender)|all (?:sexes|genders)|pregnan\w*|childbearing|menopaus\w*)\b/i;

export default defineRule({
  id: 'eligibility/sex-all-criteria-one-sex',
  description: 'Sex All agrees with inclusion criteria that admit both sexes.',
  severity: 'info',
  catalogue: ['elig-sex-vs-criteria'],
  tier: 'official',
  fix: 'unsafe',
  messages: {
    oneSex: 'Sex is All, but the inclusion criteria admit only {sex} ("{phrase}"). Set Sex to {label}, or correct the criteria.',
  },
  docs: {
    details:
      'Fires only on an explicit restriction at the start of an inclusion item ("Postmenopausal women", "Healthy male volunteers") when the inclusion criteria never mention the other sex. Mentions of pregnancy, contraception or "women of child-bearing potential" are not restrictions.',
    wrong: `protocolSection:
  eligibilityModule:
    sex: ALL
    eligibilityCriteria: |
      Inclusion Criteria:
      * Postmenopausal women with osteoporosis
`,
    right: `protocolSection:
  eligibilityModule:
    sex: FEMALE
    eligibilityCriteria: |
      Inclusion Criteria:
      * Postmenopausal women with osteoporosis
`,
  },
  check(context) {
    const eligibility = protocolModule(context.study, 'eligibilityModule');
    const criteria = asString(eligibility.eligibilityCriteria);
    if (eligibility.sex !== 'ALL' || !criteria) return;
    const inclusion = inclusionParts(criteria).map((p) => criteria.slice(p.start, p.end)).join('\n');
    const female = FEMALE_ONLY.exec(inclusion);
    const male = MALE_ONLY.exec(inclusion);
    const found = female && !MENTIONS_MEN.test(inclusion) ? { match: female, sex: 'women', code: 'FEMALE' } : male && !MENTIONS_WOMEN.test(inclusion) ? { match: male, sex: 'men', code: 'MALE' } : undefined;
    if (!found) return;
    const pointer = `${ELIGIBILITY}/sex`;
    const label = found.code === 'FEMALE' ? 'Female' : 'Male';
    const line = inclusion.slice(found.match.index).split('\n')[0].replace(/^[\s*•·-]+/, '').trim();
    context.report({
      messageId: 'oneSex',
      pointer,
      data: { sex: found.sex, phrase: line.length > 60 ? `${line.slice(0, 59)}…` : line, label },
      fixes: [{ title: `Set Sex to ${label}`, safe: false, operations: [{ op: 'replace', path: pointer, value: found.code }] }],
    });
  },
});
