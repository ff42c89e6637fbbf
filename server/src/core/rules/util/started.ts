import type { Loose } from '../defineRule';
import { groupTitleKey, startedByGroupTitle } from '../../results';

/** A count above the number of participants who started its group. */
export interface AboveStarted {
  readonly count: number;
  readonly started: number;
}

/**
 * Compares the counts of a results table (analyzed, at risk) with how many started each group in the participant
 * flow, matching groups by title because group ids restart in every table. Undefined when the flow gives no STARTED
 * numbers; the comparer answers undefined for a count within its group's, or a group the flow does not name.
 */
export function startedComparer(
  study: Loose,
): ((groupTitle: string | undefined, count: number | undefined) => AboveStarted | undefined) | undefined {
  const startedByTitle = startedByGroupTitle(study);
  if (startedByTitle.size === 0) return undefined;
  return (groupTitle, count) => {
    const started = startedByTitle.get(groupTitleKey(groupTitle));
    return count === undefined || started === undefined || count <= started ? undefined : { count, started };
  };
}
