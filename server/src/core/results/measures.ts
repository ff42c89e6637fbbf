import { asArray, asObject, asString, type Loose } from '../model/read';
import { BASELINE, moduleOf, OUTCOMES, outcomeMeasuresOf } from './groups';
import { countOf } from './numbers';

/** A baseline or outcome measure with what the checks need. */
export interface MeasureEntry {
  readonly kind: 'baseline' | 'outcome';
  readonly index: number;
  readonly pointer: string;
  readonly object: Loose;
  readonly title: string | undefined;
  readonly paramType: string | undefined;
  readonly unit: string | undefined;
}

export function baselineMeasures(study: unknown): MeasureEntry[] {
  return asArray(moduleOf(study, 'baselineCharacteristicsModule').measures).map((raw, index) =>
    entry('baseline', raw, index, `${BASELINE}/measures/${index}`),
  );
}

export function outcomeMeasures(study: unknown): MeasureEntry[] {
  return outcomeMeasuresOf(study).map((raw, index) => entry('outcome', raw, index, `${OUTCOMES}/${index}`));
}

function entry(kind: MeasureEntry['kind'], raw: unknown, index: number, pointer: string): MeasureEntry {
  const object = asObject(raw) ?? {};
  return {
    kind,
    index,
    pointer,
    object,
    title: asString(object.title),
    paramType: asString(object.paramType),
    unit: asString(object.unitOfMeasure),
  };
}

/**
 * Numbers analyzed by group id, from a denominator of `owner` (a module, measure or row): the one
 * counting `units` when given (participants and, say, eyes can both be listed), else the first.
 */
export function denomCounts(
  owner: Loose,
  pointer: string,
  units?: string,
): Map<string, { value: number | undefined; pointer: string }> {
  const counts = new Map<string, { value: number | undefined; pointer: string }>();
  const denoms = asArray(owner.denoms);
  const wanted = units?.trim().toLowerCase();
  const found = wanted ? denoms.findIndex((d) => asString(asObject(d)?.units)?.trim().toLowerCase() === wanted) : -1;
  const index = found >= 0 ? found : 0;
  // Loops rather than callbacks in the readers of results, which run over thousands of values per record: a function
  // made anew per call loses its compiled code at each full garbage collection.
  const raws = asArray(asObject(denoms[index])?.counts);
  for (let i = 0; i < raws.length; i++) {
    const count = asObject(raws[i]);
    const id = asString(count?.groupId);
    if (id && !counts.has(id))
      counts.set(id, { value: countOf(count?.value), pointer: `${pointer}/denoms/${index}/counts/${i}/value` });
  }
  return counts;
}

export interface MeasurementCell {
  readonly groupId: string;
  readonly value: string | undefined;
  readonly pointer: string;
  readonly object: Loose;
}

export interface MeasureRow {
  readonly pointer: string;
  readonly object: Loose;
  readonly categories: readonly {
    readonly pointer: string;
    readonly title: string | undefined;
    readonly cells: readonly MeasurementCell[];
  }[];
}

/** The rows (classes) of a measure, with their categories' measurements. */
export function measureRows(measure: MeasureEntry): MeasureRow[] {
  return asArray(measure.object.classes).map((raw, c) => {
    const row = asObject(raw) ?? {};
    const rowPointer = `${measure.pointer}/classes/${c}`;
    return {
      pointer: rowPointer,
      object: row,
      categories: asArray(row.categories).map((cat, k) => {
        const category = asObject(cat) ?? {};
        const pointer = `${rowPointer}/categories/${k}`;
        return { pointer, title: asString(category.title), cells: cellsOf(category, pointer) };
      }),
    };
  });
}

/** A category's measurements that name their group. */
function cellsOf(category: Loose, pointer: string): MeasurementCell[] {
  const cells: MeasurementCell[] = [];
  const measurements = asArray(category.measurements);
  for (let i = 0; i < measurements.length; i++) {
    const object = asObject(measurements[i]);
    const groupId = asString(object?.groupId);
    if (object && groupId)
      cells.push({
        groupId,
        value: typeof object.value === 'string' ? object.value : undefined,
        pointer: `${pointer}/measurements/${i}`,
        object,
      });
  }
  return cells;
}

/** True for measures whose values are counts of participants or units. */
export function isCountMeasure(measure: MeasureEntry): boolean {
  return measure.paramType === 'COUNT_OF_PARTICIPANTS' || measure.paramType === 'COUNT_OF_UNITS';
}

/**
 * The numbers analyzed that apply to a row: the row's own, else the measure's, else (baseline) the
 * module's overall numbers.
 */
export function rowDenominators(
  study: unknown,
  measure: MeasureEntry,
  row: MeasureRow,
): Map<string, { value: number | undefined; pointer: string }> {
  const units = asString(measure.object.denomUnitsSelected);
  const own = denomCounts(row.object, row.pointer, units);
  if (own.size > 0) return own;
  const measureLevel = denomCounts(measure.object, measure.pointer, units);
  if (measureLevel.size > 0 || measure.kind === 'outcome') return measureLevel;
  return denomCounts(moduleOf(study, 'baselineCharacteristicsModule'), BASELINE, units);
}
