import * as assert from 'node:assert/strict';
import { findAgeStatements } from '../../../server/src/core/rules/eligibility/ageText';
import type { Age } from '../../../server/src/core/rules/util/ages';

/** [criteria text, expected "min..max" of the statements, '' for none]. Bounds are written `18y`, `6m`, `2w`, `30d`. */
const CASES: readonly (readonly [string, string])[] = [
  // Ranges.
  ['Inclusion Criteria:\n* man or woman aged from 18 to 70 years old.', '18y..70y'],
  ['* 18-65 years old', '18y..65y'],
  ['* Age 18-65 years', '18y..65y'],
  ['* Aged 18 to 75 years', '18y..75y'],
  ['* Age between 20 and 80', '20y..80y'],
  ['* Age between 20 and 80 years', '20y..80y'],
  ['* Children 6 to 12 years', '6y..12y'],
  ['* children aged 6-12 years', '6y..12y'],
  ['* Healthy volunteers 18-45 years', '18y..45y'],
  ['* Men and women 18 to 65 years of age', '18y..65y'],
  ['* Infants aged 2 to 24 months', '2m..24m'],
  ['* Neonates 1-28 days of life', '1d..28d'],
  ['* Infants 6 weeks to 6 months of age', '6w..6m'],
  ['* Age: 2 months to 5 years', '2m..5y'],
  ['* aged 18~70 years', '18y..70y'],
  ['* Aged 18 – 60 years', '18y..60y'],
  ['* Ages 30-75 years', '30y..75y'],
  ['* Age ≥ 18 and ≤ 65 years', '18y..65y'],
  ['* Age of 28 days or older and less than 18 years', '28d..18y'],
  ['* 18 to 75 years', '18y..75y'],
  ['* Subjects aged 2.5 to 17 years', '2.5y..17y'],
  ['* Age 18 through 64 years', '18y..64y'],
  // Lower bounds.
  ['* ≥ 18 years of age', '18y..'],
  ['* Age ≥18 years', '18y..'],
  ['* Age >= 18 years', '18y..'],
  ['* Age \\>= 18 years', '18y..'],
  ['* Age greater than or equal to (\\>=) 60 years old', '60y..'],
  ['* Older than 65', '65y..'],
  ['* Patients older than 65 years', '65y..'],
  ['* 18 years of age or older', '18y..'],
  ['* 18 years or older', '18y..'],
  ['* Aged 18 years and over', '18y..'],
  ['* Smoking history of 10 years or more', ''],
  ['* Aged 18+ years', '18y..'],
  ['* at least 18 years of age', '18y..'],
  ['* Age over 18', '18y..'],
  ['* Age above 50 years', '50y..'],
  ['* Patients aged 18 or above', '18y..'],
  ['* Age: minimum 12 years', '12y..'],
  ['* Age ≥ 6 months', '6m..'],
  // Upper bounds.
  ['* Under 18 years of age', '..18y'],
  ['* Children under 18 years old', '..18y'],
  ['* Age under 18', '..18y'],
  ['* Age < 65 years', '..65y'],
  ['* younger than 40 years', '..40y'],
  ['* 75 years or younger', '..75y'],
  ['* Age up to 70 years', '..70y'],
  ['* Skeletally mature and at least 18 years old but not older than 75 years old', '18y..75y'],
  // Traps: durations, other ranges, conditions, exclusion part.
  ['* Diagnosis within 5 years', ''],
  ['* BMI 18-30 kg/m2', ''],
  ['* Age 18-65, BMI 18-30', '18y..65y'],
  ['* HbA1c 7-10%', ''],
  ['* at least 3 months of therapy', ''],
  ['* Treated for 12 weeks', ''],
  ['* Stable dose for at least 4 weeks', ''],
  ['* Life expectancy of at least 14 weeks', ''],
  ['* For all other participants, at least 14 weeks (98 days) must have elapsed', ''],
  ['* Disease duration ≥ 2 years', ''],
  ['* Patients 3-6 months after stroke', ''],
  ['* Symptoms for 1-2 years', ''],
  ['* Gestational age 24-32 weeks', ''],
  ['* Clinical diagnosis of T1D (diagnosed age 1-20 years)', ''],
  ['* Onset of cluster headache at ≤50 years of age', ''],
  ['* Less than 50 years of age at the time of migraine onset', ''],
  ['* Karnofsky for patients > 16 years of age and Lansky for younger', ''],
  ['* ECOG 0-2 (if aged ≥18 years)', ''],
  ['* Patients under 6 years old must weigh at least 7 kg', ''],
  ['* Women \\<50 years old will be considered postmenopausal if amenorrheic', ''],
  ['* MRI available (not older than 4 years prior to enrolment)', ''],
  ['* Tumour sample no older than 3 years', ''],
  ['* 12 to 24 months since transplant', ''],
  ['* Creatinine clearance 30-60 mL/min', ''],
  ['Inclusion Criteria:\n* Adults with asthma\n\nExclusion Criteria:\n* Age > 75 years', ''],
  ['Inclusion Criteria for caregivers:\n* ≥18 years of age', ''],
  // Ages that are not the participant's age limit (issue 11): risk-factor lists, onset and diagnosis,
  // relatives, gestation.
  ['* At least one of the following risk factors: age ≥ 65 years, diabetes mellitus, hypertension', ''],
  ['* Presence of at least two risk factors for severe disease:\n  * age > 60 years\n  * obesity', ''],
  ['* High risk, defined as any of the following:\n  - Aged 75 years or older\n  - Prior stroke', ''],
  ['* Age at onset of symptoms ≥ 50 years', ''],
  ['* Symptoms started after age 40', ''],
  ['* Diagnosed with type 1 diabetes before the age of 30', ''],
  ['* Age at menarche \\< 12 years', ''],
  ['* Age at first symptom 18 to 40 years', ''],
  ['* Parent or legal guardian of a child aged 2 to 5 years', ''],
  ['* Has a child aged 6-12 years with ADHD', ''],
  ['* Partner aged 18 years or older willing to take part', ''],
  ['* Mother aged ≥ 18 years at delivery', ''],
  ['* Born at ≥ 32 weeks of gestation', ''],
  ['* Gestational age 24 to 32 weeks at birth', ''],
  ['* GA ≥ 37 weeks', ''],
];

function show(age: Age | undefined): string {
  return age ? `${age.value}${age.unit[0]}` : '';
}

function summarize(text: string): string {
  return findAgeStatements(text)
    .map((s) => `${show(s.min)}..${show(s.max)}`)
    .join(' ');
}

describe('eligibility/ageText: reading ages in criteria text', () => {
  it('has at least 60 cases', () => assert.ok(CASES.length >= 60));
  for (const [text, expected] of CASES) {
    it(`reads ${JSON.stringify(text)} as ${expected || 'no age'}`, () => {
      const actual = summarize(text);
      assert.equal(expected === '' ? actual : actual.split(' ')[0], expected);
    });
  }

  it('gives offsets of the phrase in the text', () => {
    const text = 'Inclusion Criteria:\n* man or woman aged from 18 to 70 years old.';
    const [statement] = findAgeStatements(text);
    assert.equal(text.slice(statement.start, statement.end), statement.text);
    assert.equal(statement.text, 'from 18 to 70 years');
  });
});
