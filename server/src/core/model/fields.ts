import { z } from 'zod';
import type { EnumName, EnumValueInfo } from './enums';
import {
  AGE_PATTERN,
  DATE_TIME_MINUTES_PATTERN,
  FULL_DATE_PATTERN,
  NCT_ID_PATTERN,
  PARTIAL_DATE_PATTERN,
  isRealPartialDate,
  registryLength,
} from './formats';
import { fieldRegistry, type FieldMeta } from './meta';
import { NO_ISSUES, refine } from './refine';

/**
 * Builders for the model files: each returns a fresh schema with its metadata registered, so the
 * registry can tell two uses of the same shape apart (Start Date vs Completion Date).
 * Custom issues carry `params.finding` so that `schema/` can name them without reading zod's text.
 */

/** Metadata as a model file writes it: format and enum name are filled in by the builder. */
export type Meta = Omit<FieldMeta, 'format' | 'enumName'>;

/** `params.finding` values of the custom issues raised here. */
export type CustomIssueKind = 'too-long' | 'calendar' | 'too-many' | 'too-few' | 'integer' | 'negative';

function withMeta<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  fieldRegistry.add(schema, meta);
  return schema;
}

function issue(
  kind: CustomIssueKind,
  extra: Record<string, unknown> = {},
): { code: 'custom'; message: string; params: Record<string, unknown> } {
  return { code: 'custom', message: kind, params: { finding: kind, ...extra } };
}

function limitedString(meta: Meta): z.ZodString {
  const limit = meta.limitUnverified ? undefined : meta.limit;
  if (limit === undefined) return z.string();
  return refine(z.string(), (value) => {
    // Cheap test first: escapes only ever lengthen the text.
    if (value.length <= limit) return NO_ISSUES;
    const length = registryLength(value);
    return length > limit ? [{ ...issue('too-long', { length }), input: value }] : NO_ISSUES;
  });
}

/** Single-line text (PRS "Text"). */
export function text(meta: Meta): z.ZodString {
  return withMeta(limitedString(meta), meta);
}

/** Multi-line text returned as markdown (PRS "Markup"). */
export function markup(meta: Meta): z.ZodString {
  return withMeta(limitedString(meta), meta);
}

export function bool(meta: Meta): z.ZodBoolean {
  return withMeta(z.boolean(), meta);
}

/** A whole number ≥ 0 (counts). */
export function count(meta: Meta): z.ZodNumber {
  const schema = refine(z.number(), (value) => {
    if (!Number.isInteger(value)) return [issue('integer')];
    return value < 0 ? [issue('negative')] : NO_ISSUES;
  });
  return withMeta(schema, meta);
}

/** A plain number (coordinates). */
export function number(meta: Meta): z.ZodNumber {
  return withMeta(z.number(), meta);
}

interface EnumDefinition<V extends string> {
  readonly name: string;
  readonly values: readonly EnumValueInfo[];
  readonly codes: readonly V[];
}

export function enumOf<V extends string>(definition: EnumDefinition<V>, meta: Meta): z.ZodEnum<{ [K in V]: K }> {
  const schema = z.enum(definition.codes as unknown as [V, ...V[]]);
  return withMeta(schema, { ...meta, enumName: definition.name as EnumName });
}

function calendarChecked(pattern: RegExp): z.ZodString {
  return refine(z.string().regex(pattern), (value) =>
    pattern.test(value) && !isRealPartialDate(value.slice(0, 10)) ? [issue('calendar')] : NO_ISSUES,
  );
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real calendar date. */
export function partialDate(meta: Meta): z.ZodString {
  return withMeta(calendarChecked(PARTIAL_DATE_PATTERN), { ...meta, format: 'partial-date' });
}

/** A full `YYYY-MM-DD` date (registry-assigned submission and posting dates). */
export function fullDate(meta: Meta): z.ZodString {
  return withMeta(calendarChecked(FULL_DATE_PATTERN), { ...meta, format: 'date' });
}

/** `yyyy-MM-ddTHH:mm` (document upload time). */
export function dateTimeMinutes(meta: Meta): z.ZodString {
  return withMeta(calendarChecked(DATE_TIME_MINUTES_PATTERN), { ...meta, format: 'date-time-minutes' });
}

/** `<number> <unit>`, e.g. `18 Years`. */
export function age(meta: Meta): z.ZodString {
  return withMeta(z.string().regex(AGE_PATTERN), { ...meta, format: 'age' });
}

export function nctId(meta: Meta): z.ZodString {
  return withMeta(z.string().regex(NCT_ID_PATTERN), { ...meta, format: 'nct' });
}

export function list<T extends z.ZodType>(item: T, meta: Meta): z.ZodArray<T> {
  const { minItems, maxItems } = meta;
  const base = z.array(item);
  // Counted in a refinement, not with .min/.max, so item issues are still reported alongside.
  const schema =
    minItems === undefined && maxItems === undefined
      ? base
      : refine(base, (items) => {
          const tooMany = maxItems !== undefined && items.length > maxItems;
          const tooFew = minItems !== undefined && items.length < minItems;
          if (!tooMany && !tooFew) return NO_ISSUES;
          const issues = [];
          if (tooMany) issues.push(issue('too-many', { count: items.length }));
          if (tooFew) issues.push(issue('too-few', { count: items.length }));
          return issues;
        });
  return withMeta(schema, meta);
}

/** A list of short texts, each held to the list's `limit`. */
export function textList(meta: Meta, itemMeta: Meta): z.ZodArray<z.ZodString> {
  return list(text(itemMeta), meta);
}

type Optionalized<S extends z.core.$ZodShape> = { -readonly [K in keyof S]: z.ZodOptional<S[K]> };

/**
 * A strict object (unknown keys are reported) whose fields are all optional to zod: which fields
 * are required depends on the study type and start date, so `schema/requirements` decides that.
 */
export function object<S extends Record<string, z.ZodType>>(
  shape: S,
  meta: Meta,
): z.ZodObject<Optionalized<S>, z.core.$strict> {
  const optionalShape: Record<string, z.ZodType> = {};
  for (const [key, schema] of Object.entries(shape)) optionalShape[key] = schema.optional();
  return withMeta(z.strictObject(optionalShape as Optionalized<S>), meta);
}

/** A registry-generated section accepted as it is: real downloads carry it, authors never edit it. */
export function looseSection(meta: Meta): z.ZodObject<Record<string, never>, z.core.$loose> {
  return withMeta(z.looseObject({}), meta);
}
