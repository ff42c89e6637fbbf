import {
  baselineMeasures,
  baselineScope,
  BASELINE,
  denomCounts,
  groupLabel,
  isCountMeasure,
  measureRows,
  moduleOf,
  numberOf,
  rowDenominators,
  totalGroupOf,
  type GroupScope,
  type MeasurementCell,
} from '../../results';
import { defineRule, type RuleContext } from '../defineRule';

type Ids = 'total' | 'categories';

// Loops and module-level helpers rather than callbacks: this rule reads every baseline cell, and a function made anew
// per call loses its compiled code at each full garbage collection.

/** A category's numbers by group id (the last cell of a group wins, as a map built from the list would). */
function valuesByGroup(cells: readonly MeasurementCell[]): Map<string, { value: number | undefined; pointer: string }> {
  const values = new Map<string, { value: number | undefined; pointer: string }>();
  for (const cell of cells) values.set(cell.groupId, { value: numberOf(cell.value), pointer: `${cell.pointer}/value` });
  return values;
}

/** The first cell of group `id`. */
function cellOf(cells: readonly MeasurementCell[], id: string): MeasurementCell | undefined {
  for (const cell of cells) if (cell.groupId === id) return cell;
  return undefined;
}

/** Reports a Total that is not the sum of the groups; true when it did. */
function checkTotal(
  context: RuleContext<Ids>,
  scope: GroupScope,
  totalId: string,
  values: ReadonlyMap<string, { value: number | undefined; pointer: string }>,
  what: string,
): boolean {
  const total = values.get(totalId);
  if (total?.value === undefined) return false;
  let sum = 0;
  for (const group of scope.groups) {
    if (group.id === totalId) continue;
    const value = values.get(group.id)?.value;
    if (value === undefined) return false;
    sum += value;
  }
  if (sum === total.value) return false;
  context.report({ messageId: 'total', pointer: total.pointer, data: { what, total: total.value, sum } });
  return true;
}

export default defineRule({
  id: 'results/baseline-does-not-add-up',
  description:
    'In the baseline table, the Total group equals the sum of the ' +
    'groups, and category counts add up to the number analyzed.',
  severity: 'error',
  catalogue: [],
  tier: 'official',
  messages: {
    total: '{what}: the Total group says {total}, but the groups add up to {sum}.',
    categories:
      '"{measure}", group {group}: the categories add up to {sum}, but {analyzed} ' +
      'were analyzed. Each participant counts in exactly one category.',
  },
  docs: {
    details:
      "The registry computes the baseline table's Total column from the groups and checks " +
      'that the categories of a count measure (Sex: Female, Male) account for every ' +
      'participant analyzed. Published records always pass these checks.',
    wrong: `resultsSection:
  baselineCharacteristicsModule:
    groups: [{ id: BG000, title: Drug }, { id: BG001, title: Placebo }, { id: BG002, title: Total }]
    denoms: [{ units: Participants, counts: [{ groupId: BG000, value: "20" }, { groupId: BG001, value: "21" }, \
{ groupId: BG002, value: "40" }] }]
`,
    right: `resultsSection:
  baselineCharacteristicsModule:
    groups: [{ id: BG000, title: Drug }, { id: BG001, title: Placebo }, { id: BG002, title: Total }]
    denoms: [{ units: Participants, counts: [{ groupId: BG000, value: "20" }, { groupId: BG001, value: "21" }, \
{ groupId: BG002, value: "41" }] }]
`,
  },
  check(context) {
    const scope = baselineScope(context.study);
    const totalId = totalGroupOf(scope);
    // A wrong overall Total would make every category of the Total column look wrong too: report it once.
    const isTotalBroken =
      totalId !== undefined &&
      checkTotal(
        context,
        scope,
        totalId,
        denomCounts(moduleOf(context.study, 'baselineCharacteristicsModule'), BASELINE),
        'Overall number of baseline participants',
      );
    for (const measure of baselineMeasures(context.study)) {
      if (!isCountMeasure(measure)) continue;
      for (const row of measureRows(measure)) {
        if (totalId) {
          for (const category of row.categories) {
            const values = valuesByGroup(category.cells);
            checkTotal(
              context,
              scope,
              totalId,
              values,
              `"${measure.title ?? 'Baseline measure'}"${category.title ? `, ${category.title}` : ''}`,
            );
          }
        }
        if (row.categories.length < 2) continue;
        const analyzed = rowDenominators(context.study, measure, row);
        for (const [id, denominator] of analyzed) {
          if (denominator.value === undefined || (isTotalBroken && id === totalId)) continue;
          let sum = 0;
          for (const category of row.categories) sum += numberOf(cellOf(category.cells, id)?.value) ?? NaN;
          if (Number.isNaN(sum) || sum === denominator.value) continue;
          const cell = cellOf(row.categories[row.categories.length - 1]?.cells ?? [], id);
          context.report({
            messageId: 'categories',
            pointer: cell ? `${cell.pointer}/value` : row.pointer,
            data: {
              measure: measure.title ?? 'Baseline measure',
              group: groupLabel(scope, id),
              sum,
              analyzed: denominator.value,
            },
          });
        }
      }
    }
  },
});
