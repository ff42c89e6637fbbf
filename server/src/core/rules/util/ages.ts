/** Age limits as the registry writes them: `18 Years`, `6 Months`, `30 Days`. */
export type AgeUnit = 'years' | 'months' | 'weeks' | 'days' | 'hours' | 'minutes';

export interface Age {
  readonly value: number;
  readonly unit: AgeUnit;
  /** The age in years, for comparisons across units. */
  readonly years: number;
}

const UNIT_YEARS: Readonly<Record<AgeUnit, number>> = {
  years: 1,
  months: 1 / 12,
  weeks: 7 / 365.25,
  days: 1 / 365.25,
  hours: 1 / 8766,
  minutes: 1 / 525960,
};

export function unitFromWord(word: string): AgeUnit | undefined {
  const w = word.toLowerCase();
  if (/^(y|yr|yrs|years?|year-old|years-old|y\.?o\.?|yo|ans)$/.test(w)) return 'years';
  if (/^(m|mo|mos|months?|month-old|months-old)$/.test(w)) return 'months';
  if (/^(w|wk|wks|weeks?|week-old|weeks-old)$/.test(w)) return 'weeks';
  if (/^(d|days?|day-old|days-old)$/.test(w)) return 'days';
  if (/^hours?$/.test(w)) return 'hours';
  if (/^minutes?$/.test(w)) return 'minutes';
  return undefined;
}

export function makeAge(value: number, unit: AgeUnit): Age {
  return { value, unit, years: value * UNIT_YEARS[unit] };
}

export function parseAgeField(text: unknown): Age | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([A-Za-z]+)\s*$/.exec(text);
  const unit = match ? unitFromWord(match[2]) : undefined;
  return match && unit ? makeAge(Number(match[1]), unit) : undefined;
}

/** The registry form of an age: `18 Years`, `1 Month`. */
export function formatAge(age: Age): string {
  const word = age.unit.charAt(0).toUpperCase() + age.unit.slice(1);
  return `${age.value} ${age.value === 1 ? word.slice(0, -1) : word}`;
}

/**
 * How much two ages may differ and still be the same limit: one unit of the coarser one (inclusive vs exclusive
 * wording).
 */
export function agesAgree(a: Age, b: Age, slack = 1): boolean {
  const tolerance = slack * Math.max(UNIT_YEARS[a.unit], UNIT_YEARS[b.unit]) + 1e-6;
  return Math.abs(a.years - b.years) <= tolerance;
}
