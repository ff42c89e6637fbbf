import * as assert from 'node:assert/strict';
import rule from '../../../server/src/core/rules/eligibility/age-in-text-vs-limits';
import { eligibility, P, record } from '../builders';
import { check, recordText, runRuleTests } from '../ruleTester';

const CRITERIA = `${P}/eligibilityModule/eligibilityCriteria`;
const seedText =
  'Inclusion Criteria:\n\n* All patients fulfilled the classification criteria (2010) for rheumatoid arthritis, ' +
  'man or woman aged from 18 to 70 years old.\n\nExclusion Criteria:\n\n* Pregnant or nursing women';
const elig = (eligibilityCriteria: string, minimumAge?: string, maximumAge?: string) =>
  record(
    eligibility({ eligibilityCriteria, ...(minimumAge ? { minimumAge } : {}), ...(maximumAge ? { maximumAge } : {}) }),
  );

runRuleTests(rule, {
  valid: [
    {
      name: 'a risk-factor list with an age in it, limits 18 and older (issue 11)',
      study: elig(
        'Inclusion Criteria:\n* Age ≥ 18 years\n* At least one of the ' +
          'following risk factors: age ≥ 65 years, diabetes, hypertension',
        '18 Years',
      ),
    },
    {
      name: 'age at onset of symptoms is not a limit',
      study: elig('Inclusion Criteria:\n* Adults\n* Age at onset of symptoms ≥ 50 years', '18 Years'),
    },
    {
      name: 'the age of a child in a parent study',
      study: elig('Inclusion Criteria:\n* Parent of a child aged 2 to 5 years', '18 Years'),
    },
    {
      name: 'gestational age in weeks',
      study: elig('Inclusion Criteria:\n* Infants born at ≥ 32 weeks of gestation', undefined, '6 Months'),
    },
    {
      name: 'NCT03067181: strata ages with "no age limit" for one stratum',
      study: elig(
        'Inclusion Criteria:\n* There is no age limit for the low risk stratum\n' +
          '* Standard risk 2: Patients must be \\>= 11 and \\< 25 years of age at enrollment',
      ),
    },
    { name: 'the seed: aged from 18 to 70 years with 18 and 70 Years', study: elig(seedText, '18 Years', '70 Years') },
    {
      name: 'exclusive wording within one unit',
      study: elig('Inclusion Criteria:\n* Age older than 18 and younger than 65', '18 Years', '65 Years'),
    },
    {
      name: 'ages in months',
      study: elig('Inclusion Criteria:\n* Infants aged 2 to 24 months', '2 Months', '24 Months'),
    },
    {
      name: 'months against years',
      study: elig('Inclusion Criteria:\n* Children aged 12 to 24 months', '1 Year', '2 Years'),
    },
    {
      name: 'cohorts: the limits match one of them',
      study: elig(
        'Inclusion Criteria:\nCohort A:\n* Age 18-65 years\nCohort B:\n* Age 12-17 years',
        '12 Years',
        '65 Years',
      ),
    },
    {
      name: 'an age only in the exclusion criteria',
      study: elig('Inclusion Criteria:\n* Asthma\n\nExclusion Criteria:\n* Age > 75 years', '18 Years'),
    },
    {
      name: 'no age in the text',
      study: elig('Inclusion Criteria:\n* Diagnosis within 5 years\n* BMI 18-30', '18 Years'),
    },
    { name: 'no maximum, text open-ended', study: elig('Inclusion Criteria:\n* Age ≥ 18 years', '18 Years') },
    {
      name: 'a minimum of 0 in the text and no minimum',
      study: elig('Inclusion Criteria:\n* Aged 0 to 17 years', undefined, '17 Years'),
    },
    {
      name: 'cohort without a maximum and no maximum set',
      study: elig(
        'Inclusion Criteria:\n* Adult arm: aged at least 12 years old.\n* Pediatric arm: aged 1 to 17 years old.',
        '1 Year',
      ),
    },
    {
      name: 'an unreadable limit is left to the schema',
      study: elig('Inclusion Criteria:\n* Age 18-65 years', 'eighteen', '65 Years'),
    },
  ],
  invalid: [
    {
      name: 'range disagrees with the maximum',
      study: elig('Inclusion Criteria:\n* Adults aged 18 to 65 years', '18 Years', '75 Years'),
      errors: [{ messageId: 'disagrees', pointer: CRITERIA }],
    },
    {
      name: 'threshold disagrees with the minimum unit',
      study: elig('Inclusion Criteria:\n* Aged ≥18 years', '30 Days'),
      errors: [{ messageId: 'disagrees', pointer: CRITERIA }],
    },
    {
      name: 'text gives a maximum, none is set',
      study: elig('Inclusion Criteria:\n* Aged 18-80 years', '18 Years'),
      errors: [{ messageId: 'disagrees' }],
    },
    {
      name: 'text gives a minimum, none is set',
      study: elig('Inclusion Criteria:\n* Patients aged 18 or above'),
      errors: [{ messageId: 'disagrees' }],
    },
    {
      name: 'fix sets the limits to the text',
      study: elig('Inclusion Criteria:\n* Age 30-60 years', '18 Years', '60 Years'),
      errors: [{ messageId: 'disagrees' }],
      output: elig('Inclusion Criteria:\n* Age 30-60 years', '30 Years', '60 Years'),
    },
  ],
});

describe('eligibility/age-in-text-vs-limits: placement and fixes', () => {
  const study = elig('Inclusion Criteria:\n* Adults aged 18 to 65 years', '18 Years', '75 Years');
  const [finding] = check(rule, study);

  it('puts the finding on the phrase inside the criteria text', () => {
    assert.equal(recordText(study).slice(finding.span.start, finding.span.end), '18 to 65 years');
  });

  it('offers to change the limits and to change the text, both unsafe', () => {
    assert.deepEqual(
      finding.fixes?.map((f) => f.safe),
      [false, false],
    );
    assert.deepEqual(finding.fixes?.[0].operations, [
      { op: 'replace', path: `${P}/eligibilityModule/maximumAge`, value: '65 Years' },
    ]);
    assert.deepEqual(finding.fixes?.[1].operations, [
      { op: 'replace', path: CRITERIA, value: 'Inclusion Criteria:\n* Adults aged 18 to 75 years' },
    ]);
  });

  it('adds a missing limit instead of replacing it', () => {
    const [missing] = check(rule, elig('Inclusion Criteria:\n* Aged 18-80 years', '18 Years'));
    assert.deepEqual(missing.fixes?.[0].operations, [
      { op: 'add', path: `${P}/eligibilityModule/maximumAge`, value: '80 Years' },
    ]);
  });
});
