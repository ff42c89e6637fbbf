import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { HAS_SHARED_CORPUS, SHARED_CORPUS } from '../records';
import { countFindingsByRule } from './ruleCounts';

// Expected findings per rule on real records, so that a rule that silently stops firing, or starts firing everywhere,
// fails. Each count was read by hand (docs/corpus-review.md has the precision table). When a rule changes on purpose,
// re-read its new findings, then update the number here. "Today" is fixed: several rules compare dates with it.
const TODAY = '2026-11-26';
const CORPUS = SHARED_CORPUS;
const FIXTURES = join(__dirname, '../fixtures/records');

/** The 60 vendored records (test/fixtures/records): always checked. */
const FIXTURE_COUNTS: Readonly<Record<string, number>> = {
  'arms/arm-description-missing': 9,
  'arms/duplicate-intervention-name': 3,
  'arms/no-arm-groups': 1,
  'arms/no-experimental-arm': 2,
  'arms/sham-comparator-without-sham': 1,
  'contacts/contact-without-phone-or-email': 2,
  'contacts/recruiting-without-contact': 1,
  'contacts/recruiting-without-locations': 1,
  'dates/actual-date-after-verification': 1,
  'dates/estimated-date-long-past': 9,
  'dates/estimated-date-on-closed-study': 2,
  'design/single-arm-allocation': 2,
  'design/single-group-multiple-arms': 2,
  'eligibility/healthy-volunteers-vs-criteria': 1,
  'enrollment/active-with-estimated-enrollment': 4,
  'identification/acronym-in-title': 1,
  'ipd/sharing-plan-incomplete': 4,
  'outcomes/duplicate-outcome': 3,
  'outcomes/nonspecific-title': 9,
  'outcomes/vague-time-frame': 1,
  'phase/drug-trial-phase-na': 3,
  'phase/non-drug-trial-with-phase': 1,
  'status/open-after-completion': 1,
  'status/open-estimated-start': 1,
  'status/unknown-status-open-site': 4,
  'status/verification-stale': 25,
  'status/withdrawn-with-actual-start': 2,
  'text/brief-title-same-as-official': 18,
  'text/title-all-caps': 1,
};

/** The shared corpus (../shared/corpus/v2json, 1,074 records): checked when it is present. */
const CORPUS_COUNTS: Readonly<Record<string, number>> = {
  'arms/arm-description-missing': 205,
  'arms/combined-intervention-duplicate': 7,
  'arms/comparator-only-experimental-product': 18,
  'arms/comparator-receives-experimental': 1,
  'arms/duplicate-intervention-name': 24,
  'arms/experimental-arm-only-placebo': 2,
  'arms/final-rule-without-arms': 3,
  'arms/no-arm-groups': 7,
  'arms/no-experimental-arm': 54,
  'arms/placebo-comparator-without-placebo': 20,
  'arms/sham-comparator-without-sham': 15,
  'contacts/contact-without-phone-or-email': 16,
  'contacts/recruiting-without-contact': 6,
  'contacts/recruiting-without-locations': 1,
  'dates/actual-date-after-verification': 32,
  'dates/estimated-date-long-past': 363,
  'dates/estimated-date-on-closed-study': 2,
  'design/allocation-na-multiple-arms': 2,
  'design/multi-arm-model-single-arm': 2,
  'design/observational-describes-assignment': 2,
  'design/randomized-single-arm': 1,
  'design/single-arm-allocation': 8,
  'design/single-group-multiple-arms': 20,
  'design/title-vs-design': 3,
  'eligibility/age-in-text-vs-limits': 10,
  'eligibility/criteria-headings': 10,
  'eligibility/healthy-volunteers-vs-criteria': 9,
  'eligibility/sex-all-criteria-one-sex': 1,
  'enrollment/active-with-estimated-enrollment': 41,
  'enrollment/closed-with-estimated-enrollment': 4,
  'identification/acronym-in-title': 24,
  'identification/secondary-id-same-as-org': 2,
  'ipd/sharing-plan-incomplete': 79,
  'masking/open-label-placebo': 19,
  'masking/single-arm-double-blind': 1,
  'outcomes/duplicate-outcome': 72,
  'outcomes/missing-primary-outcome': 2,
  'outcomes/nonspecific-title': 135,
  'outcomes/time-frame-numeral': 5,
  'outcomes/vague-time-frame': 96,
  'oversight/expanded-access-not-stated': 19,
  'oversight/fda-flags-vs-interventions': 10,
  'oversight/us-export-not-stated': 14,
  'phase/drug-trial-phase-na': 18,
  'phase/non-drug-trial-with-phase': 21,
  'references/avail-ipd-type': 2,
  'status/open-after-completion': 14,
  'status/open-estimated-start': 21,
  'status/results-overdue': 6,
  'status/unknown-status-open-site': 19,
  'status/verification-stale': 722,
  'status/why-stopped-missing': 2,
  'status/withdrawn-with-actual-start': 2,
  'text/brief-title-same-as-official': 195,
  'text/summary-repeats-title': 7,
  'text/title-all-caps': 10,
};

function nonZero(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}

describe('findings per rule on real records', function () {
  this.timeout(600_000);

  const where = HAS_SHARED_CORPUS
    ? 'the vendored records and the shared corpus'
    : 'the vendored records (../shared absent)';
  it(`gives the expected count per rule on ${where}`, () => {
    assert.deepEqual(nonZero(countFindingsByRule(FIXTURES, TODAY)), FIXTURE_COUNTS, 'vendored records');
    if (HAS_SHARED_CORPUS)
      assert.deepEqual(nonZero(countFindingsByRule(CORPUS, TODAY)), CORPUS_COUNTS, 'shared corpus');
  });
});
