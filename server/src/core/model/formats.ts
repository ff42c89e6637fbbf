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
