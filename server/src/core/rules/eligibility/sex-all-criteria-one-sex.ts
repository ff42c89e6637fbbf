import { defineRule } from '../defineRule';
import { inclusionText } from './ageText';
import { asString } from '../../model/read';
import { ELIGIBILITY, protocolModule } from '../util/read';
import { clip } from '../util/text';
import { replaceFix } from '../util/fixes';

const ITEM =
  String.raw`^[ \t]*(?:[-*•·]|\d{1,2}[.)])?[ \t]*(?:healthy |adult |` +
  String.raw`young |elderly |older |non-pregnant |pregnant |ambulatory )?`;
const NOT_RESTRICTING =
  String.raw`(?![ \t]+(?:of[ \t]+(?:child|reproductive)|(?:who|that)[ \t]+(?:are|` +
  String.raw`could|can|may)[ \t]+(?:become[ \t]+)?(?:pregnant|able|of)|` +
  String.raw`with[ \t]+(?:\w+[ \t]+)?(?:child|reproductive)|and[ \t]+(?:men|males?)))`;
const FEMALE_ONLY = new RegExp(
  String.raw`${ITEM}(?:(?:post|pre|peri)-?menopausal[ \t]+)?(?:women|females?|girls)\b${NOT_RESTRICTING}`,
  'gim',
);
const MALE_ONLY = new RegExp(String.raw`${ITEM}(?:men|males?|boys)\b${NOT_RESTRICTING}`, 'gim');
/** "Female subjects must…", "Men must agree to…": a condition set for one sex, which admits that sex, not only it. */
const SETS_CONDITION =
  /^[ \t]*(?:subjects?|participants?|patients?|volunteers?)?[ \t]*(?:\([^)\n]*\)[ \t]*)?(?:must|should|shall|need|needs|agree|agrees|will|are required|is required|has to|have to|willing|who|if|with (?:a )?(?:partner|reproductive))\b/i;
/**
 * "Women with a negative pregnancy test", "Female subjects of child-bearing potential…": a condition about
 * reproduction.
 */
const ABOUT_REPRODUCTION =
  /\b(?:pregnan\w*|contracepti\w*|child-?bearing|reproductive|lactat\w*|breast-?feeding|eligible to participate if)\b/i;
/** Both sexes admitted in so many words, at the start of an inclusion item. */
const BOTH_SEXES = new RegExp(
  String.raw`${ITEM}(?:(?:men|males?|man|boys) (?:and|or|&) (?:women|females?|woman|girls)|(?:women|females?|` +
    String.raw`woman|girls) (?:and|or|&) (?:men|males?|man|boys)|(?:both|either|any|all) (?:sexes|genders?|sex))\b`,
  'im',
);

function restriction(pattern: RegExp, inclusion: string): RegExpExecArray | undefined {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(inclusion); m; m = pattern.exec(inclusion)) {
    const rest = inclusion.slice(m.index + m[0].length, m.index + m[0].length + 120).split('\n')[0];
    if (!SETS_CONDITION.test(rest) && !ABOUT_REPRODUCTION.test(rest)) return m;
  }
  return undefined;
}
/** The inclusion line a match starts on, without its bullet, as a message quotes it. */
function lineAt(inclusion: string, index: number): string {
  return inclusion
    .slice(index)
    .split('\n')[0]
    .replace(/^[\s*•·-]+/, '')
    .trim();
}
const MENTIONS_MEN =
  /\b(men|males?|man|boys|both (?:sexes|genders)|either (?:sex|gender)|any (?:sex|gender)|all (?:sexes|genders))\b/i;
const MENTIONS_WOMEN =
  /\b(women|females?|woman|girls|both (?:sexes|genders)|either (?:sex|gender)|any (?:sex|gender)|all (?:sexes|genders)|pregnan\w*|childbearing|menopaus\w*)\b/i;

export default defineRule({
  id: 'eligibility/sex-all-criteria-one-sex',
  description:
    'Sex agrees with the inclusion criteria: All when they admit both sexes, Female or Male when they admit one.',
  severity: 'info',
  catalogue: ['elig-sex-vs-criteria'],
  tier: 'official',
  fix: 'unsafe',
  messages: {
    oneSex:
      'Sex is All, but the inclusion criteria admit only {sex} ' +
      '("{phrase}"). Set Sex to {label}, or correct the criteria.',
    bothSexes:
      'Sex is {label}, but the inclusion criteria admit both sexes ' +
      '("{phrase}"). Set Sex to All, or correct the criteria.',
  },
  docs: {
    details:
      'Fires only on an explicit restriction at the start of an inclusion item ("Postmenopausal women", ' +
      '"Healthy male volunteers") when the inclusion criteria never mention the other sex. Mentions of pregnancy, ' +
      'contraception or "women of child-bearing potential", and sentences that set a condition for one sex ("Female ' +
      'subjects must…", "Men must agree to…"), admit that sex and are not restrictions. The other direction: Sex ' +
      'Female or Male while an inclusion item admits both sexes in so many words ("Men and women aged 18 to 65").',
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
    if (!criteria) return;
    const inclusion = inclusionText(criteria);
    if (eligibility.sex === 'FEMALE' || eligibility.sex === 'MALE') {
      const both = BOTH_SEXES.exec(inclusion);
      if (!both) return;
      const label = eligibility.sex === 'FEMALE' ? 'Female' : 'Male';
      const pointer = `${ELIGIBILITY}/sex`;
      const phrase = clip(lineAt(inclusion, both.index).replace(/\s+/g, ' '));
      context.report({
        messageId: 'bothSexes',
        pointer,
        data: { label, phrase },
        fixes: [replaceFix('Set Sex to All', pointer, 'ALL')],
      });
      return;
    }
    if (eligibility.sex !== 'ALL') return;
    const female = restriction(FEMALE_ONLY, inclusion);
    const male = restriction(MALE_ONLY, inclusion);
    const found =
      female && !MENTIONS_MEN.test(inclusion)
        ? { match: female, sex: 'women', code: 'FEMALE' }
        : male && !MENTIONS_WOMEN.test(inclusion)
          ? { match: male, sex: 'men', code: 'MALE' }
          : undefined;
    if (!found) return;
    const pointer = `${ELIGIBILITY}/sex`;
    const label = found.code === 'FEMALE' ? 'Female' : 'Male';
    context.report({
      messageId: 'oneSex',
      pointer,
      data: { sex: found.sex, phrase: clip(lineAt(inclusion, found.match.index)), label },
      fixes: [replaceFix(`Set Sex to ${label}`, pointer, found.code)],
    });
  },
});
