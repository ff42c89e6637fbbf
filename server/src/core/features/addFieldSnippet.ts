import { z } from 'zod';
import { planTextEdits, type TextEdit } from '../edit';
import { ENUMS, metaOf, objectShape, schemaAt, unwrapOptional } from '../model';
import type { ParsedDocument } from '../parse';
import type { Fix, JsonValue } from '../types';

/**
 * "Add <field>" as a snippet: the missing field and the fields it requires, in block style, with
 * a tab stop on every value the author must give. Coded values become a choice of the allowed
 * codes (legacy codes left out), yes/no a choice of false/true, numbers a selected 0, text an
 * empty stop. Nothing is filled in that the author did not choose, so no new finding says
 * "the value "" is not allowed".
 */

/** Plain-scalar-safe marker the renderers leave alone; swapped for the tab stop afterwards. */
const MARKER = (index: number) => `TRSTOP${index}X`;
const MARKER_PATTERN = /"?TRSTOP(\d+)X"?/g;

type Stop =
  | { readonly kind: 'text' }
  | { readonly kind: 'number' }
  | { readonly kind: 'choice'; readonly values: readonly string[] };

/** True when a registry code is one the registry no longer accepts for new entries. */
export function isLegacyEnumValue(note: string | undefined): boolean {
  return note !== undefined && /^legacy[^:"]*:/.test(note);
}

function choicesOf(schema: z.ZodType): readonly string[] | undefined {
  const enumName = metaOf(schema)?.enumName;
  if (!enumName) return undefined;
  return ENUMS[enumName].values.filter((value) => !isLegacyEnumValue(value.note)).map((value) => value.value);
}

/** The value to insert, with markers for the stops: the field and its required children. */
function markedValue(schema: z.ZodType, studyType: string | undefined, stops: Stop[]): JsonValue {
  const inner = unwrapOptional(schema);
  const stop = (value: Stop) => {
    stops.push(value);
    return MARKER(stops.length);
  };
  if (inner instanceof z.ZodNumber) return stop({ kind: 'number' });
  if (inner instanceof z.ZodBoolean) return stop({ kind: 'choice', values: ['false', 'true'] });
  if (inner instanceof z.ZodArray) return [markedValue(inner.element as z.ZodType, studyType, stops)];
  const shape = objectShape(inner);
  if (shape) {
    const value: Record<string, JsonValue> = {};
    for (const [key, child] of Object.entries(shape)) {
      const requirement = metaOf(child)?.requirement;
      // Fields required today (Final Rule ones too: a field added now is for the record as it is now).
      if ((requirement?.code !== 'R' && requirement?.code !== 'R§') || requirement.lenientBecause) continue;
      if (requirement.studyTypes && !requirement.studyTypes.some((type) => type === studyType)) continue;
      value[key] = markedValue(child, studyType, stops);
    }
    return value;
  }
  if (inner instanceof z.ZodObject) return {};
  const choices = choicesOf(inner);
  return stop(choices ? { kind: 'choice', values: choices } : { kind: 'text' });
}

/** Escapes text for snippet syntax (outside placeholders). */
function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (character) => `\\${character}`);
}

function stopText(index: number, stop: Stop, format: ParsedDocument['format'], quoted: boolean): string {
  if (stop.kind === 'number') return `\${${index}:0}`;
  if (stop.kind === 'choice') {
    const list = stop.values.map((value) => value.replace(/[\\|,$}]/g, (character) => `\\${character}`)).join(',');
    const choice = `\${${index}|${list}|}`;
    // JSON text keeps its quotes around codes; yes/no stays a bare literal.
    return format === 'json' && quoted && stop.values[0] !== 'false' ? `"${choice}"` : choice;
  }
  return format === 'json' ? `"\${${index}}"` : `\${${index}}`;
}

/**
 * Snippet edits for an "Add …" fix that inserts a missing field (one `add` operation), or
 * undefined when the fix is something else or cannot be planned.
 */
export function addFieldSnippetEdits(
  doc: ParsedDocument,
  fix: Fix,
  studyType: string | undefined,
): TextEdit[] | undefined {
  if (fix.operations.length !== 1) return undefined;
  const [operation] = fix.operations;
  if (operation.op !== 'add') return undefined;
  const schema = schemaAt(operation.path);
  if (!schema) return undefined;
  const stops: Stop[] = [];
  const value = markedValue(schema, studyType, stops);
  if (stops.length === 0) return undefined;
  const plan = planTextEdits(doc, [{ op: 'add', path: operation.path, value }]);
  if ('error' in plan || plan.edits.length === 0) return undefined;
  let seen = 0;
  const edits = plan.edits.map((edit) => ({
    span: edit.span,
    newText: escapeSnippet(edit.newText).replace(MARKER_PATTERN, (match, index: string) => {
      seen++;
      return stopText(Number(index), stops[Number(index) - 1], doc.format, match.startsWith('"'));
    }),
  }));
  // Every stop must have landed in the text exactly once, or the snippet would not say what it inserts.
  return seen === stops.length ? edits : undefined;
}
