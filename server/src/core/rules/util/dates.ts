import type { Loose } from '../defineRule';
import { digitsValue } from '../../model/formats';
import { asObject, asString } from '../../model/read';
import { pointerOf, protocolModule } from './read';

/** A registry partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export interface PartialDate {
  readonly text: string;
  readonly parts: readonly number[];
}

export function parsePartialDate(text: string | undefined): PartialDate | undefined {
  if (text === undefined) return undefined;
  // Read digit by digit: the date rules read every record's dates, each rule on its own.
  const trimmed = text.trim();
  const { length } = trimmed;
  if (length !== 4 && length !== 7 && length !== 10) return undefined;
  const parts = [digitsValue(trimmed, 0, 4)];
  for (let dash = 4; dash < length; dash += 3) {
    if (trimmed.charCodeAt(dash) !== DASH) return undefined;
    parts.push(digitsValue(trimmed, dash + 1, dash + 3));
  }
  return parts.every((part) => part >= 0) ? { text: trimmed, parts } : undefined;
}

const DASH = 45;

/** Compares at the coarser precision: `2014-12` equals any day of December 2014. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const length = Math.min(a.parts.length, b.parts.length);
  for (let i = 0; i < length; i++) if (a.parts[i] !== b.parts[i]) return a.parts[i] < b.parts[i] ? -1 : 1;
  return 0;
}

export type DateField = 'startDateStruct' | 'primaryCompletionDateStruct' | 'completionDateStruct';

export const DATE_LABELS: Readonly<Record<DateField, string>> = {
  startDateStruct: 'Study Start Date',
  primaryCompletionDateStruct: 'Primary Completion Date',
  completionDateStruct: 'Study Completion Date',
};

export interface StudyDate {
  readonly field: DateField;
  readonly date: PartialDate;
  readonly type: string | undefined;
  /** Pointer of the date value. */
  readonly pointer: string;
  /** Pointer of the date type. */
  readonly typePointer: string;
}

/** Pointers of each date field's value and type, made once: the date rules read the dates of every record. */
const DATE_POINTERS = Object.fromEntries(
  (Object.keys(DATE_LABELS) as DateField[]).map((field) => [
    field,
    { date: pointerOf('statusModule', field, 'date'), type: pointerOf('statusModule', field, 'type') },
  ]),
) as Readonly<Record<DateField, { readonly date: string; readonly type: string }>>;

export function readDate(study: Loose, field: DateField): StudyDate | undefined {
  const struct = asObject(protocolModule(study, 'statusModule')[field]);
  const date = parsePartialDate(asString(struct?.date));
  if (!struct || !date) return undefined;
  return {
    field,
    date,
    type: asString(struct.type),
    pointer: DATE_POINTERS[field].date,
    typePointer: DATE_POINTERS[field].type,
  };
}

export function readAllDates(study: Loose): StudyDate[] {
  return (['startDateStruct', 'primaryCompletionDateStruct', 'completionDateStruct'] as const)
    .map((field) => readDate(study, field))
    .filter((d): d is StudyDate => d !== undefined);
}
