import { objectShape, studySchema } from '../model';
import type { ReportedFinding } from '../types';
import { findingsFromIssue } from './issueFindings';
import { isJsonObject } from './pointers';
import { requirementFindings } from './requirements';

/**
 * Schema findings of each results module, by the module's value. Parsed values are never mutated
 * (an edit copies the path to the change), so an unchanged module — usually all of them while the
 * protocol is edited — is not validated again. The service owns one; without it nothing is cached.
 */
export type SchemaCache = WeakMap<object, readonly ReportedFinding[]>;

const resultsShape = objectShape(studySchema.shape.resultsSection) ?? {};

/**
 * Appends one by one: `push(...items)` passes every item as an argument, and a record with hundreds
 * of thousands of issues (fuzz seed 7, case 4943) overflows the call stack.
 */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

function issuesOf(
  schema: { safeParse(value: unknown): { success: boolean; error?: { issues: readonly unknown[] } } },
  value: unknown,
  root: unknown,
  prefix: readonly PropertyKey[],
): ReportedFinding[] {
  const result = schema.safeParse(value);
  if (result.success || !result.error) return [];
  return result.error.issues.flatMap((issue) => {
    const withPath = issue as Parameters<typeof findingsFromIssue>[0];
    return findingsFromIssue({ ...withPath, path: [...prefix, ...withPath.path] }, root);
  });
}

/** The results section module by module, each module's findings cached by its value. */
function resultsFindings(
  results: Readonly<Record<string, unknown>>,
  root: unknown,
  cache: SchemaCache,
): ReportedFinding[] {
  const findings: ReportedFinding[] = [];
  // Keys come from the record: `constructor` or `__proto__` are data, never a member of the shape or a prototype.
  const unknown: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [key, module] of Object.entries(results)) {
    const schema = Object.hasOwn(resultsShape, key) ? resultsShape[key] : undefined;
    if (!schema) {
      unknown[key] = module;
      continue;
    }
    if (!isJsonObject(module)) {
      append(findings, issuesOf(schema, module, root, ['resultsSection', key]));
      continue;
    }
    let cached = cache.get(module);
    if (!cached) {
      cached = issuesOf(schema, module, root, ['resultsSection', key]);
      cache.set(module, cached);
    }
    append(findings, cached);
  }
  if (Object.keys(unknown).length > 0)
    append(findings, issuesOf(studySchema.shape.resultsSection, unknown, root, ['resultsSection']));
  return findings;
}

/**
 * Checks a record against the model: types, allowed values, formats, limits, unknown keys, and the
 * fields its study type and start date require. Never throws; returns findings with `schema/…` ids.
 */
export function validateStudy(value: unknown, cache?: SchemaCache): ReportedFinding[] {
  const findings: ReportedFinding[] = [];
  const results = isJsonObject(value) ? value.resultsSection : undefined;
  if (cache && isJsonObject(value) && isJsonObject(results)) {
    // The results of a large record outweigh the protocol many times: validate them apart, with the cache.
    const rest: Record<string, unknown> = { ...value };
    delete rest.resultsSection;
    append(findings, issuesOf(studySchema, rest, value, []));
    append(findings, resultsFindings(results, value, cache));
  } else {
    append(findings, issuesOf(studySchema, value, value, []));
  }
  append(findings, requirementFindings(value));
  return findings;
}
