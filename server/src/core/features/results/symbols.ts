import { enumLabel } from '../../model';
import type { AstNode } from '../../parse';

/** How results list items are named in the outline, by the list's key (a Map: keys from the record are data). */
export const RESULTS_NAME_FIELDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['groups', ['id']],
  ['eventGroups', ['id']],
  ['periods', ['title']],
  ['milestones', ['type']],
  ['dropWithdraws', ['type']],
  ['measures', ['title']],
  ['outcomeMeasures', ['title']],
  ['analyses', ['statisticalMethod', 'paramType']],
  ['seriousEvents', ['term']],
  ['otherEvents', ['term']],
]);

/**
 * Results lists whose items are leaves of the outline: the outline names the periods, measures,
 * outcome measures and adverse event terms, not every count inside them (a large record has
 * thousands), so it stays within the symbol cap.
 */
const LEAF_LISTS = new Set([
  'groups',
  'eventGroups',
  'milestones',
  'dropWithdraws',
  'measures',
  'denoms',
  'classes',
  'analyses',
  'seriousEvents',
  'otherEvents',
]);

export function isResultsLeafList(pointer: string, key: string): boolean {
  return pointer.startsWith('/resultsSection/') && LEAF_LISTS.has(key);
}

/** Extra facts after a results item's name: a group's title, an outcome's type, a term's organ system. */
export function resultsItemDetail(item: AstNode, listKey: string): string | undefined {
  if (item.kind !== 'object') return undefined;
  const text = (key: string) => {
    const value = item.properties.find((p) => p.key === key)?.value;
    return value?.kind === 'string' ? (value.value as string) : undefined;
  };
  switch (listKey) {
    case 'groups':
    case 'eventGroups':
      return text('title');
    case 'outcomeMeasures':
      return text('type') && enumLabel('OutcomeMeasureType', text('type')!);
    case 'measures':
      return text('paramType') && enumLabel('MeasureParam', text('paramType')!);
    case 'seriousEvents':
    case 'otherEvents':
      return text('organSystem');
    default:
      return undefined;
  }
}
