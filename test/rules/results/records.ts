/* eslint-disable @typescript-eslint/no-explicit-any -- fixtures are edited by path in tests */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A published record as loaded from JSON, open to edits. */
export type Rec = any;

const DIR = join(__dirname, '..', '..', 'fixtures', 'records');

/** The vendored published records that carry results (test/fixtures/records). */
export const RESULTS_FIXTURES = [
  'NCT00203242',
  'NCT00356603',
  'NCT00763412',
  'NCT01298921',
  'NCT01406860',
  'NCT03608150',
  'NCT04520009',
  'NCT05005351',
  'NCT05034276',
  'NCT05594173',
];

export function fixture(nct: string): Rec {
  return JSON.parse(readFileSync(join(DIR, `${nct}.json`), 'utf8'));
}

/** A published record with one injected fault. */
export function injected(nct: string, inject: (study: Rec) => void): Rec {
  const study = fixture(nct);
  inject(study);
  return study;
}

/** A published record with outcome measure `index` of its results edited. */
export function withOutcome(nct: string, index: number, edit: (measure: Rec) => void): Rec {
  return injected(nct, (study) => edit(study.resultsSection.outcomeMeasuresModule.outcomeMeasures[index]));
}

/**
 * A published record whose outcome measure `index` analyzes `count` participants in its first group, with the
 * analysis population description `population`, or none.
 */
export function analyzedInFirstGroup(nct: string, index: number, count: string, population?: string): Rec {
  return withOutcome(nct, index, (measure) => {
    measure.denoms[0].counts[0].value = count;
    if (population === undefined) delete measure.populationDescription;
    else measure.populationDescription = population;
  });
}

/** A published record with baseline measure `index` edited. */
export function withBaselineMeasure(nct: string, index: number, edit: (measure: Rec) => void): Rec {
  return injected(nct, (study) => edit(study.resultsSection.baselineCharacteristicsModule.measures[index]));
}

/** Every published results fixture as a case the rule must accept (except those listed). */
export function publishedCases(except: readonly string[] = []): { name: string; study: Rec }[] {
  return RESULTS_FIXTURES.filter((nct) => !except.includes(nct)).map((nct) => ({
    name: `${nct} as published`,
    study: fixture(nct),
  }));
}

export const R = '/resultsSection';
export const FLOW = `${R}/participantFlowModule`;
export const BASELINE = `${R}/baselineCharacteristicsModule`;
export const OUTCOMES = `${R}/outcomeMeasuresModule/outcomeMeasures`;
export const EVENTS = `${R}/adverseEventsModule`;
