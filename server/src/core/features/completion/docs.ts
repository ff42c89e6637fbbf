import type { FieldInfo } from '../../model';

/** Markdown documentation of a field, from the model's metadata (shared by completion and hover). */
export function fieldDocumentation(info: FieldInfo): string {
  const facts = [info.requirement.text];
  if (info.limit !== undefined)
    facts.push(`Limit: ${info.limit} characters${info.limitUnverified ? ' (unverified)' : ''}`);
  if (info.format) facts.push(`Format: ${FORMAT_HINTS[info.format]}`);
  return `**${info.title}**\n\n${info.description}\n\n_${facts.join(' · ')}_`;
}

export const FORMAT_HINTS: Record<NonNullable<FieldInfo['format']>, string> = {
  'partial-date': '`YYYY-MM-DD` or `YYYY-MM`',
  date: '`YYYY-MM-DD`',
  'date-time-minutes': '`YYYY-MM-DDTHH:MM`',
  age: 'a number and a unit, e.g. `18 Years`',
  nct: '`NCT` and 8 digits',
};

/** Sort rank by requirement: required first, optional later, registry-set last. */
export function requirementRank(info: FieldInfo): number {
  return { R: 0, 'R§': 1, C: 2, O: 3, D: 9 }[info.requirement.code];
}
