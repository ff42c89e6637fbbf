import type { Loose, RuleReport } from '../defineRule';
import { readDate } from './dates';
import { replaceFix } from './fixes';

/**
 * The finding of a study whose status says nobody is enrolled yet while its start date (the first enrollment) is
 * Actual: on the date type, with the fix that marks it Estimated; undefined when the start date is not Actual.
 */
export function actualStartReport(
  study: Loose,
  data: Readonly<Record<string, string>> = {},
): RuleReport<'started'> | undefined {
  const start = readDate(study, 'startDateStruct');
  if (start?.type !== 'ACTUAL') return undefined;
  return {
    messageId: 'started',
    pointer: start.typePointer,
    data: { date: start.date.text, ...data },
    fixes: [replaceFix('Mark the start date Estimated', start.typePointer, 'ESTIMATED')],
  };
}
