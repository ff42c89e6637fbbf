import type { z } from 'zod';
import { ENUMS, fieldInfoAt, objectShape, schemaAt, type FieldInfo } from '../model';
import type { Fix, ReportedFinding } from '../types';
import { closestMatch } from './didYouMean';
import { allowedValuesText, enumFinding } from './enumMessages';
import type { SchemaFindingId } from './findingIds';
import { calendarMessage, formatFinding } from './formatMessages';
import { homeOfKey } from './keyHomes';
import { describeValue, toPointer, valueAt } from './pointers';

type Issue = z.core.$ZodIssue;

function finding(
  ruleId: SchemaFindingId,
  message: string,
  pointer: string,
  extra: Partial<ReportedFinding> = {},
): ReportedFinding {
  return { ruleId, message, pointer, ...extra };
}

/** The field's registry title, or a readable stand-in when the model has no entry. */
function titleOf(info: FieldInfo | undefined, pointer: string): string {
  if (info) return info.title;
  return pointer === '' ? 'The record' : pointer.slice(pointer.lastIndexOf('/') + 1);
}

function expectedText(info: FieldInfo | undefined): string {
  if (info?.enumName) return `one of: ${allowedValuesText(info.enumName)}`;
  switch (info?.kind) {
    case 'object':
      return 'a group of fields';
    case 'array':
      return 'a list';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    default:
      return 'text';
  }
}

function typeFinding(pointer: string, input: unknown, info: FieldInfo | undefined): ReportedFinding {
  const title = titleOf(info, pointer);
  const message =
    input === null || input === undefined
      ? `${title} is empty; it must be ${expectedText(info)}.`
      : `${title} must be ${expectedText(info)}; found ${describeValue(input)}.`;
  return finding('schema/type', message, pointer);
}

function unknownKeyFindings(
  objectPath: readonly PropertyKey[],
  keys: readonly string[],
  root: unknown,
): ReportedFinding[] {
  const parentPointer = toPointer(objectPath);
  const parentSchema = schemaAt(parentPointer);
  const shape = parentSchema ? objectShape(parentSchema) : undefined;
  const present = valueAt(root, objectPath) as Record<string, unknown> | undefined;
  const parentTitle = titleOf(fieldInfoAt(parentPointer), parentPointer);
  // Suggest only keys not already written, so a rename never overwrites a value.
  const free = shape ? Object.keys(shape).filter((k) => present?.[k] === undefined) : [];
  return keys.map((key) => {
    const pointer = toPointer([...objectPath, key]);
    const suggestion = closestMatch(key, free);
    const removeFix: Fix = { title: `Remove ${key}`, safe: false, operations: [{ op: 'remove', path: pointer }] };
    if (!suggestion) {
      const home = homeOfKey(key, parentPointer);
      const message = home
        ? `${parentTitle} has no field "${key}"; it belongs in ${home}.`
        : `${parentTitle} has no field "${key}"; the registry would drop it.`;
      return finding('schema/unknown-key', message, pointer, { target: 'key', fixes: [removeFix] });
    }
    const target = toPointer([...objectPath, suggestion.value]);
    const suggestedTitle = fieldInfoAt(target)?.title ?? suggestion.value;
    return finding(
      'schema/unknown-key',
      `${parentTitle} has no field "${key}". Did you mean ${suggestion.value} (${suggestedTitle})?`,
      pointer,
      {
        target: 'key',
        fixes: [
          {
            title: `Rename to ${suggestion.value}`,
            safe: suggestion.isCertain,
            isPreferred: true,
            operations: [{ op: 'move', from: pointer, path: target }],
          },
          removeFix,
        ],
      },
    );
  });
}

function customFinding(
  issue: Issue & { code: 'custom' },
  pointer: string,
  input: unknown,
  info: FieldInfo | undefined,
): ReportedFinding | undefined {
  const title = titleOf(info, pointer);
  const params = (issue.params ?? {}) as { finding?: string; length?: number; count?: number };
  const noun = info?.itemNoun ?? 'items';
  switch (params.finding) {
    case 'too-long':
      return finding(
        'schema/too-long',
        `${title} is ${params.length} characters; the registry allows ${info?.limit}.`,
        pointer,
      );
    case 'calendar':
      return finding('schema/format', calendarMessage(title, input), pointer);
    case 'too-many':
      return finding(
        'schema/too-many',
        `${title} lists ${params.count} ${noun}; the registry allows at most ${info?.maxItems}.`,
        pointer,
      );
    case 'too-few':
      return finding(
        'schema/too-few',
        `${title} lists ${params.count} ${noun}; the registry needs at least ${info?.minItems}.`,
        pointer,
      );
    case 'integer':
      return finding('schema/range', `${title} must be a whole number; found ${describeValue(input)}.`, pointer);
    case 'negative':
      return finding('schema/range', `${title} cannot be negative; found ${describeValue(input)}.`, pointer);
    default:
      return undefined;
  }
}

/** Turns one zod issue into findings worded like a registry reviewer's comments. */
export function findingsFromIssue(issue: Issue, root: unknown): ReportedFinding[] {
  if (issue.code === 'unrecognized_keys') return unknownKeyFindings(issue.path, issue.keys, root);
  const pointer = toPointer(issue.path);
  const input = valueAt(root, issue.path);
  const info = fieldInfoAt(pointer);
  switch (issue.code) {
    case 'invalid_type':
      return [typeFinding(pointer, input, info)];
    case 'invalid_value': {
      if (typeof input !== 'string' || !info?.enumName) return [typeFinding(pointer, input, info)];
      const { message, fixes } = enumFinding(info.title, info.enumName, input, pointer);
      return [
        finding(
          'schema/enum',
          message,
          pointer,
          fixes.length
            ? { fixes, data: { allowed: ENUMS[info.enumName].codes } }
            : { data: { allowed: ENUMS[info.enumName].codes } },
        ),
      ];
    }
    case 'invalid_format': {
      if (!info?.format)
        return [
          finding(
            'schema/format',
            `${titleOf(info, pointer)} is not in the expected format; found ${describeValue(input)}.`,
            pointer,
          ),
        ];
      const { message, fixes } = formatFinding(info.title, info.format, input, pointer);
      return [finding('schema/format', message, pointer, fixes.length ? { fixes } : {})];
    }
    case 'custom': {
      const mapped = customFinding(issue, pointer, input, info);
      return mapped ? [mapped] : [];
    }
    default:
      return [finding('schema/type', `${titleOf(info, pointer)}: ${issue.message}.`, pointer)];
  }
}
