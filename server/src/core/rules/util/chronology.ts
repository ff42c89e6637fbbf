import type { RuleMeta } from '../defineRule';
import { compareDates, DATE_LABELS, type DateField, readDate } from './dates';
import type { Loose } from '../defineRule';

/** Shared body of the "A is after B" date rules. */
export function checkOrder(
  study: Loose,
  earlier: DateField,
  later: DateField,
  report: (r: { messageId: 'outOfOrder'; pointer: string; data: Record<string, string> }) => void,
): void {
  const first = readDate(study, earlier);
  const second = readDate(study, later);
  if (!first || !second || compareDates(first.date, second.date) <= 0) return;
  report({
    messageId: 'outOfOrder',
    pointer: first.pointer,
    data: {
      first: DATE_LABELS[earlier],
      firstDate: first.date.text,
      second: DATE_LABELS[later],
      secondDate: second.date.text,
    },
  });
}

export function orderDocs(earlier: DateField, later: DateField, why: string): RuleMeta<'outOfOrder'>['docs'] {
  const struct = (field: DateField, date: string) => `    ${field}:\n      date: "${date}"\n      type: ACTUAL\n`;
  return {
    details: `${why} Partial dates are compared at the coarser precision: 2014-12 equals any day of December 2014.`,
    wrong: `protocolSection:\n  statusModule:\n${struct(earlier, '2015-03')}${struct(later, '2014-12-31')}`,
    right: `protocolSection:\n  statusModule:\n${struct(earlier, '2014-03')}${struct(later, '2014-12-31')}`,
  };
}
