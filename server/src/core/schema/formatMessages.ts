import type { FieldFormat } from '../model';
import type { Fix } from '../types';
import { describeValue } from './pointers';

const AGE_UNITS = ['Year', 'Month', 'Week', 'Day', 'Hour', 'Minute'];

const expectedByFormat: Record<FieldFormat, string> = {
  'partial-date': 'a date written YYYY-MM-DD, YYYY-MM or YYYY',
  date: 'a date written YYYY-MM-DD',
  'date-time-minutes': 'a date and time written YYYY-MM-DDTHH:MM',
  age: 'a number and a unit, like "18 Years" (units: Years, Months, Weeks, Days, Hours, Minutes)',
  nct: 'NCT followed by 8 digits, like NCT01234567',
};

/** `18 years`, `18years`, `18 yrs` → `18 Years`; undefined when the intent is not clear. */
function canonicalAge(input: string): string | undefined {
  const match = /^\s*(\d+)\s*([a-z]+)\.?\s*$/i.exec(input);
  if (!match) return undefined;
  const [, amount, word] = match as unknown as [string, string, string];
  const lower = word.toLowerCase();
  const unit = AGE_UNITS.find((u) => lower === u.toLowerCase() || lower === `${u.toLowerCase()}s`);
  if (!unit) return undefined;
  return `${amount} ${unit}${lower.endsWith('s') ? 's' : ''}`;
}

function canonicalValue(format: FieldFormat, input: string): string | undefined {
  if (format === 'age') return canonicalAge(input);
  if (format === 'nct') {
    const upper = input.trim().toUpperCase();
    return /^NCT\d{8}$/.test(upper) ? upper : undefined;
  }
  const trimmed = input.trim();
  return trimmed !== input && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(trimmed) ? trimmed : undefined;
}

/** The message and fix for a value that breaks its field's format. */
export function formatFinding(
  title: string,
  format: FieldFormat,
  input: unknown,
  pointer: string,
): { message: string; fixes: Fix[] } {
  const message = `${title} must be ${expectedByFormat[format]}; found ${describeValue(input)}.`;
  const canonical = typeof input === 'string' ? canonicalValue(format, input) : undefined;
  if (canonical === undefined) return { message, fixes: [] };
  return {
    message,
    fixes: [
      {
        title: `Change to ${canonical}`,
        safe: true,
        isPreferred: true,
        operations: [{ op: 'replace', path: pointer, value: canonical }],
      },
    ],
  };
}

export function calendarMessage(title: string, input: unknown): string {
  return `${title} ${describeValue(input)} is not a real calendar date.`;
}
