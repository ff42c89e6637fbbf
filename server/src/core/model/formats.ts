/** Value formats of the v2 record (data model §0 type legend, §15). */

export const PARTIAL_DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;
export const FULL_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const DATE_TIME_MINUTES_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
export const AGE_PATTERN = /^\d+ (Year|Years|Month|Months|Week|Weeks|Day|Days|Hour|Hours|Minute|Minutes)$/;
export const NCT_ID_PATTERN = /^NCT\d{8}$/;

/** The date the FDAAA 801 Final Rule took effect: `R§` fields are required for studies starting on or after it. */
export const FINAL_RULE_DATE = '2017-01-18';

/** True when a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` string names a real calendar month and day. */
export function isRealPartialDate(text: string): boolean {
  // The schema asks this of every date of every record: digits are read in place, without arrays or a Date.
  const year = digitsValue(text, 0, 4);
  if (text.length === 4 && year >= 0) return true;
  const month = digitsValue(text, 5, 7);
  if ((text.length === 7 || text.length === 10) && year >= 0 && text[4] === '-' && month >= 0) {
    if (month < 1 || month > 12) return false;
    if (text.length === 7) return true;
    const day = digitsValue(text, 8, 10);
    if (text[7] === '-' && day >= 0) return day >= 1 && day <= daysInMonth(year, month);
  }
  return isRealDateOtherwiseWritten(text);
}

/** The number the ASCII digits `from`..`to` of `text` write; -1 when one of them is not a digit (or missing). */
export function digitsValue(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** As `Date.UTC` counts them, which reads years 0–99 as 1900–1999. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  const fullYear = year < 100 ? 1900 + year : year;
  return (fullYear % 4 === 0 && fullYear % 100 !== 0) || fullYear % 400 === 0 ? 29 : 28;
}

/** Any other text: split at dashes, as numbers. */
function isRealDateOtherwiseWritten(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number);
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(year ?? 0, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/**
 * The first day a partial date can mean (`2017-01` → `2017-01-01`). Comparing the earliest day keeps
 * a month-only start date of January 2017 outside the Final Rule, as the registry cannot tell either.
 */
export function earliestDay(partialDate: string): string {
  if (/^\d{4}$/.test(partialDate)) return `${partialDate}-01-01`;
  if (/^\d{4}-\d{2}$/.test(partialDate)) return `${partialDate}-01`;
  return partialDate;
}

// CommonMark backslash escapes: a backslash before ASCII punctuation.
const MARKDOWN_ESCAPE = /\\([!-/:-@[-`{-~])/g;

/**
 * Length of the text as the registry counts it. API v2 returns markup as markdown, which lengthens
 * the text PRS stored: escapes (`\<`, `\*`) count as the one character they stand for, and a
 * paragraph break (blank line, which the conversion writes for a line break) counts as one newline.
 */
export function registryLength(text: string): number {
  return text.replace(MARKDOWN_ESCAPE, '$1').replace(/\r?\n(?:[ \t]*\r?\n)+/g, '\n').length;
}
