import { defineRule } from '../defineRule';
import { enumLabel } from '../../model/enums';
import { type Age, parseAgeField } from '../util/ages';
import { asArray } from '../../model/read';
import { ELIGIBILITY, protocolModule } from '../util/read';
import { replaceFix } from '../util/fixes';

/** The registry's age groups: Child = birth–17 years, Adult = 18–64, Older Adult = 65 and over. */
function groupsFor(min: Age | undefined, max: Age | undefined): string[] {
  const low = min?.years ?? 0;
  const high = max?.years ?? Infinity;
  const groups: string[] = [];
  if (low < 18) groups.push('CHILD');
  if (low < 65 && high >= 18) groups.push('ADULT');
  if (high >= 65) groups.push('OLDER_ADULT');
  return groups;
}

export default defineRule({
  id: 'eligibility/std-ages-vs-age-limits',
  description: 'The age groups agree with Minimum Age and Maximum Age.',
  severity: 'warning',
  catalogue: ['elig-std-ages'],
  tier: 'house',
  fix: 'safe',
  messages: {
    mismatch:
      'The age groups are {actual}, but the age limits give {expected}. The ' +
      'registry derives the groups from the limits; set them to match.',
  },
  docs: {
    details:
      'Age groups (stdAges) are derived: Child is birth to 17 years, Adult 18 to 64, ' +
      'Older Adult 65 and over. A hand-edited list that disagrees with the age limits is stale.',
    wrong: `protocolSection:
  eligibilityModule:
    minimumAge: 18 Years
    maximumAge: 70 Years
    stdAges: [ADULT]
`,
    right: `protocolSection:
  eligibilityModule:
    minimumAge: 18 Years
    maximumAge: 70 Years
    stdAges: [ADULT, OLDER_ADULT]
`,
  },
  check(context) {
    const eligibility = protocolModule(context.study, 'eligibilityModule');
    if (!Array.isArray(eligibility.stdAges)) return;
    const min = parseAgeField(eligibility.minimumAge);
    const max = parseAgeField(eligibility.maximumAge);
    if ((eligibility.minimumAge !== undefined && !min) || (eligibility.maximumAge !== undefined && !max)) return;
    const expected = groupsFor(min, max);
    const actual = asArray(eligibility.stdAges).filter((v): v is string => typeof v === 'string');
    if (expected.length === 0 || (actual.length === expected.length && expected.every((g) => actual.includes(g))))
      return;
    const label = (groups: readonly string[]) =>
      groups.length ? groups.map((g) => enumLabel('StandardAge', g)).join(', ') : 'none';
    const pointer = `${ELIGIBILITY}/stdAges`;
    context.report({
      messageId: 'mismatch',
      pointer,
      data: { actual: label(actual), expected: label(expected) },
      fixes: [replaceFix(`Set the age groups to ${label(expected)}`, pointer, expected, { safe: true })],
    });
  },
});
