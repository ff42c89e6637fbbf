/** Overall status groups the status and date rules share. */

/** Enrollment has not ended: the record must be kept current. */
export const OPEN_STATUSES: ReadonlySet<string> = new Set([
  'NOT_YET_RECRUITING',
  'RECRUITING',
  'ENROLLING_BY_INVITATION',
  'ACTIVE_NOT_RECRUITING',
  'SUSPENDED',
]);

/** Participants have been enrolled (or were being enrolled when the study stopped). */
export const ENROLLMENT_BEGUN: ReadonlySet<string> = new Set([
  'RECRUITING',
  'ENROLLING_BY_INVITATION',
  'ACTIVE_NOT_RECRUITING',
  'SUSPENDED',
  'COMPLETED',
  'TERMINATED',
]);

/** The study is over. */
export const CLOSED_STATUSES: ReadonlySet<string> = new Set(['COMPLETED', 'TERMINATED', 'WITHDRAWN']);

/** Statuses of expanded-access records. */
export const EXPANDED_ACCESS_STATUSES: ReadonlySet<string> = new Set([
  'AVAILABLE',
  'NO_LONGER_AVAILABLE',
  'TEMPORARILY_NOT_AVAILABLE',
  'APPROVED_FOR_MARKETING',
]);

/** `today` moved by whole months, as `YYYY-MM-DD` (day clamped to 28, enough for month-precision comparisons). */
export function monthsBefore(today: string, months: number): string {
  const [year, month, day] = today.split('-').map(Number);
  const total = year * 12 + (month - 1) - months;
  return (
    `${String(Math.floor(total / 12)).padStart(4, '0')}-` +
    `${String((total % 12) + 1).padStart(2, '0')}-${String(Math.min(day, 28)).padStart(2, '0')}`
  );
}
