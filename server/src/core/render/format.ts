import { enumLabel, type EnumName } from '../model/enums';
import { escapeHtml } from './html';
import { asObject, asText } from '../model/read';

/** The registry label of a code, escaped; unknown codes show as written. */
export function labelHtml(name: EnumName, code: unknown): string | undefined {
  const text = asText(code);
  return text === undefined ? undefined : escapeHtml(enumLabel(name, text));
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "2013-04-30" → "April 30, 2013", "2014-12" → "December 2014"; other text as written. */
export function readableDate(date: string): string {
  const match = PARTIAL_DATE.exec(date.trim());
  if (!match) return date;
  const [, year, month, day] = match;
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (month !== undefined && monthName === undefined) return date;
  if (monthName === undefined) return year ?? date;
  return day === undefined ? `${monthName} ${year}` : `${monthName} ${Number(day)}, ${year}`;
}

/**
 * A date struct `{ date, type }` as readable HTML, "(estimated)" for ESTIMATED dates, and
 * a note when an estimated date already lies before `today` (the record needs an update).
 */
export function dateStructHtml(struct: unknown, today?: string): string | undefined {
  const object = asObject(struct);
  const date = asText(object?.date);
  if (date === undefined) return undefined;
  let html = `<time datetime="${escapeHtml(date)}">${escapeHtml(readableDate(date))}</time>`;
  if (asText(object?.type) === 'ESTIMATED') {
    const isPast = today !== undefined && PARTIAL_DATE.test(date) && endOfPeriod(date) < today;
    html += isPast
      ? ' <span class="qualifier">(estimated)</span> <span class="badge tone-muted">date has passed</span>'
      : ' <span class="qualifier">(estimated)</span>';
  }
  return html;
}

/** The last day a partial date can mean, so "2014-12" is past only after December 2014. */
function endOfPeriod(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-31`;
  return date;
}

/** Yes / No for booleans. */
export function yesNo(value: boolean | undefined): string | undefined {
  return value === undefined ? undefined : value ? 'Yes' : 'No';
}

/** Status codes → a colour family for the status badge. */
export function statusTone(code: string | undefined): string {
  switch (code) {
    case 'RECRUITING':
    case 'ENROLLING_BY_INVITATION':
    case 'AVAILABLE':
      return 'good';
    case 'NOT_YET_RECRUITING':
    case 'ACTIVE_NOT_RECRUITING':
    case 'TEMPORARILY_NOT_AVAILABLE':
      return 'info';
    case 'COMPLETED':
    case 'APPROVED_FOR_MARKETING':
      return 'done';
    case 'SUSPENDED':
    case 'TERMINATED':
    case 'WITHDRAWN':
    case 'NO_LONGER_AVAILABLE':
      return 'bad';
    default:
      return 'muted';
  }
}
