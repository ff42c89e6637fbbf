import { defineRule } from '../defineRule';
import type { Fix, FixOperation } from '../../types';
import { type Age, agesAgree, formatAge, parseAgeField } from '../util/ages';
import { asString } from '../../model/read';
import { ELIGIBILITY, protocolModule } from '../util/read';
import { type AgeStatement, findAgeStatements } from './ageText';
import { replaceFix } from '../util/fixes';

const CRITERIA = `${ELIGIBILITY}/eligibilityCriteria`;

function describeLimits(min: Age | undefined, max: Age | undefined): string {
  if (min && max) return `${formatAge(min)} to ${formatAge(max)}`;
  if (min) return `${formatAge(min)} and older`;
  if (max) return `up to ${formatAge(max)}`;
  return 'not set';
}

function phraseFor(min: Age | undefined, max: Age | undefined): string | undefined {
  const word = (age: Age) =>
    formatAge(age)
      .toLowerCase()
      .replace(/^\d+(\.\d+)? /, '');
  if (min && max)
    return min.unit === max.unit
      ? `${min.value} to ${max.value} ${word(max)}`
      : `${formatAge(min).toLowerCase()} to ${formatAge(max).toLowerCase()}`;
  if (min) return `${formatAge(min).toLowerCase()} or older`;
  if (max) return `${formatAge(max).toLowerCase()} or younger`;
  return undefined;
}

function setAge(key: 'minimumAge' | 'maximumAge', present: boolean, age: Age): FixOperation {
  const path = `${ELIGIBILITY}/${key}`;
  return present ? { op: 'replace', path, value: formatAge(age) } : { op: 'add', path, value: formatAge(age) };
}

export default defineRule({
  id: 'eligibility/age-in-text-vs-limits',
  description: 'Ages written in the inclusion criteria agree with Minimum Age and Maximum Age.',
  severity: 'warning',
  catalogue: ['elig-age-vs-criteria'],
  tier: 'official',
  fix: 'unsafe',
  messages: {
    disagrees:
      'The inclusion criteria say "{phrase}", but the age limits are {limits}. ' +
      'Make Minimum Age and Maximum Age match the criteria, or correct the text.',
  },
  docs: {
    details:
      'Reads age phrases in the inclusion part of the criteria ("aged from 18 to 70 years", ' +
      '"≥ 18 years of age", "children 6 to 12 years", "older than 65", months, weeks and days) and compares ' +
      'them with the structured limits, allowing one unit for inclusive/exclusive wording. Durations ("within ' +
      '5 years", "for 12 weeks"), other ranges ("BMI 18-30") and the exclusion criteria are ignored. When the ' +
      'criteria give several age ranges (cohorts), a limit agreeing with any of them is accepted, ' +
      'and a missing limit is reported only when every age statement sets that bound. Ages that qualify ' +
      'another criterion ("Karnofsky for patients > 16 years of age", "age at diagnosis") are not limits.',
    wrong: `protocolSection:
  eligibilityModule:
    eligibilityCriteria: |
      Inclusion Criteria:
      * Adults aged 18 to 65 years
    minimumAge: 18 Years
    maximumAge: 75 Years
`,
    right: `protocolSection:
  eligibilityModule:
    eligibilityCriteria: |
      Inclusion Criteria:
      * Adults aged 18 to 65 years
    minimumAge: 18 Years
    maximumAge: 65 Years
`,
  },
  check(context) {
    const eligibility = protocolModule(context.study, 'eligibilityModule');
    const criteria = asString(eligibility.eligibilityCriteria);
    if (!criteria) return;
    // "There is no age limit for the low risk stratum": the ages in the text belong to strata.
    if (/\bno (?:upper |lower |minimum |maximum )?age (?:limit|restriction)/i.test(criteria)) return;
    const min = parseAgeField(eligibility.minimumAge);
    const max = parseAgeField(eligibility.maximumAge);
    const hasMin = eligibility.minimumAge !== undefined;
    const hasMax = eligibility.maximumAge !== undefined;
    const statements = findAgeStatements(criteria);
    const withMin = statements.filter((s) => s.min && s.min.years > 0);
    const withMax = statements.filter((s) => s.max);
    // An unreadable limit is the schema's business; compare only what can be read.
    // A missing limit means "no limit": it disagrees only when every age statement sets that bound.
    const minWrong = min
      ? withMin.length > 0 && !withMin.some((s) => s.min && agesAgree(s.min, min))
      : !hasMin && withMin.length > 0 && withMin.length === statements.length;
    const maxWrong = max
      ? withMax.length > 0 && !withMax.some((s) => s.max && agesAgree(s.max, max))
      : !hasMax && withMax.length > 0 && withMax.length === statements.length;
    const culprits = new Set<AgeStatement>();
    // With no limit set, the widest statement is the one to quote; otherwise the first.
    const widestMin = [...withMin].sort((a, b) => (a.min?.years ?? 0) - (b.min?.years ?? 0))[0];
    const widestMax = [...withMax].sort((a, b) => (b.max?.years ?? 0) - (a.max?.years ?? 0))[0];
    if (minWrong) culprits.add(min ? withMin[0] : widestMin);
    if (maxWrong) culprits.add(max ? withMax[0] : widestMax);
    for (const statement of culprits) {
      const operations: FixOperation[] = [];
      if (minWrong && statement.min) operations.push(setAge('minimumAge', hasMin, statement.min));
      if (maxWrong && statement.max) operations.push(setAge('maximumAge', hasMax, statement.max));
      const fixes: Fix[] = [
        { title: `Set the age limits to ${describeLimits(statement.min, statement.max)}`, safe: false, operations },
      ];
      const replacement = phraseFor(min, max);
      if (replacement) {
        const text = criteria.slice(0, statement.start) + replacement + criteria.slice(statement.end);
        fixes.push(replaceFix(`Change "${statement.text}" to "${replacement}"`, CRITERIA, text));
      }
      context.report({
        messageId: 'disagrees',
        pointer: CRITERIA,
        excerpt: statement.text,
        data: { phrase: statement.text, limits: describeLimits(min, max) },
        fixes,
      });
    }
  },
});
