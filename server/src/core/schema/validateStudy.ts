import type { z } from 'zod';
import { objectShape, studySchema } from '../model';
import type { ReportedFinding } from '../types';
import { findingsFromIssue } from './issueFindings';
import { isJsonObject } from './pointers';
import { acceptorOf } from './quickAccept';
import { requirementFindings, type MissingFields } from './requirements';

/**
 * Schema findings of each protocol and results module, by the module's value and its place. Parsed values are
 * never mutated (an edit copies the path to the change), so an unchanged module — all but one while a record is
 * edited — is not validated again. The place is kept because one object may sit at two places (a YAML alias).
 * The service owns one; without it nothing is cached.
 */
export type SchemaCache = WeakMap<object, ModuleFindings>;

export interface ModuleFindings {
  readonly pointer: string;
  readonly findings: readonly ReportedFinding[];
  /** The module's missing fields, once walked (`requirements.ts`). */
  missing?: MissingFields;
}

/** The sections validated module by module: where the time goes on a large record. */
type SectionKey = 'protocolSection' | 'resultsSection';
const sectionShapes: Readonly<Record<SectionKey, Readonly<Record<string, z.ZodType>>>> = {
  protocolSection: objectShape(studySchema.shape.protocolSection) ?? {},
  resultsSection: objectShape(studySchema.shape.resultsSection) ?? {},
};

/**
 * Appends one by one: `push(...items)` passes every item as an argument, and a record with hundreds
 * of thousands of issues (fuzz seed 7, case 4943) overflows the call stack.
 */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/**
 * Findings one module (or the fields outside the sections) may give; the rest are counted in one more finding. A
 * list of 500,000 wrong items must not become 500,000 diagnostics, nor take a minute to explain each.
 */
export const MAX_SCHEMA_FINDINGS_PER_MODULE = 500;

/** zod's issues as findings; a value the quick acceptor takes has none, and zod need not copy it to say so. */
function issuesOf(schema: z.ZodType, value: unknown, root: unknown, prefix: readonly PropertyKey[]): ReportedFinding[] {
  if (acceptorOf(schema)(value)) return [];
  const result = schema.safeParse(value);
  if (result.success) return [];
  const findings: ReportedFinding[] = [];
  const issues = result.error.issues;
  let index = 0;
  for (; index < issues.length && findings.length < MAX_SCHEMA_FINDINGS_PER_MODULE; index++)
    append(findings, findingsFromIssue({ ...issues[index], path: [...prefix, ...issues[index].path] }, root));
  if (index < issues.length) findings.push(omittedFinding(issues.length - index, findings[findings.length - 1]));
  return findings;
}

/** The one finding that stands for `count` schema problems not listed, placed on the last one listed. */
function omittedFinding(count: number, last: ReportedFinding): ReportedFinding {
  return {
    ruleId: last.ruleId,
    message:
      `${count.toLocaleString('en-US')} more schema problems in this part of the record are not shown. ` +
      'Fix the ones listed; the rest often follow from the same cause.',
    pointer: last.pointer,
    data: { messageId: 'omitted', omitted: count },
  };
}

/** One section module by module, each module's findings cached by its value; unknown keys from the section's schema. */
function sectionFindings(
  sectionKey: SectionKey,
  section: Readonly<Record<string, unknown>>,
  root: unknown,
  cache: SchemaCache | undefined,
): ReportedFinding[] {
  const findings: ReportedFinding[] = [];
  // Keys come from the record: `constructor` or `__proto__` are data, never a member of the shape or a prototype.
  const unknown: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const shape = sectionShapes[sectionKey];
  // Zod reports an object's fields in the order of its shape, then the keys it does not know.
  for (const [key, schema] of Object.entries(shape)) {
    if (!Object.hasOwn(section, key)) continue;
    const module = section[key];
    if (!isJsonObject(module)) {
      append(findings, issuesOf(schema, module, root, [sectionKey, key]));
      continue;
    }
    const pointer = `/${sectionKey}/${key}`;
    let cached = cache?.get(module);
    if (cached?.pointer !== pointer) {
      cached = { pointer, findings: issuesOf(schema, module, root, [sectionKey, key]) };
      cache?.set(module, cached);
    }
    append(findings, cached.findings);
  }
  for (const [key, value] of Object.entries(section)) if (!Object.hasOwn(shape, key)) unknown[key] = value;
  if (Object.keys(unknown).length > 0)
    append(findings, issuesOf(studySchema.shape[sectionKey], unknown, root, [sectionKey]));
  return findings;
}

/**
 * Checks a record against the model: types, allowed values, formats, limits, unknown keys, and the
 * fields its study type and start date require. Never throws; returns findings with `schema/…` ids.
 */
export function validateStudy(value: unknown, cache?: SchemaCache): ReportedFinding[] {
  const findings: ReportedFinding[] = [];
  if (isJsonObject(value)) {
    // The sections outweigh the rest many times: validate them apart, module by module (with the cache if any);
    // this also caps findings module by module, the same in the editor and the CLI.
    const rest: Record<string, unknown> = { ...value };
    const splitOff = (key: SectionKey): ReportedFinding[] => {
      const section = value[key];
      if (!isJsonObject(section)) return [];
      Reflect.deleteProperty(rest, key);
      return sectionFindings(key, section, value, cache);
    };
    const protocol = splitOff('protocolSection');
    const results = splitOff('resultsSection');
    // In the order of the whole validation: the protocol (the first field), the rest, then the results.
    append(findings, protocol);
    append(findings, issuesOf(studySchema, rest, value, []));
    append(findings, results);
  } else {
    append(findings, issuesOf(studySchema, value, value, []));
  }
  append(findings, requirementFindings(value, cache));
  return findings;
}
