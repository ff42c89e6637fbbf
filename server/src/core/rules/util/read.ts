import { enumLabel } from '../../model/enums';
import { asObject, asString, readPath, type Loose } from '../../model/read';

/** Readers of the record's modules and status as the rules see them (the generic readers are in model/read). */

export function protocolModule(study: Loose, name: string): Loose {
  return asObject(readPath(study, 'protocolSection', name)) ?? {};
}

export function studyType(study: Loose): string | undefined {
  return asString(protocolModule(study, 'designModule').studyType);
}

export function designInfo(study: Loose): Loose {
  return asObject(protocolModule(study, 'designModule').designInfo) ?? {};
}

export function overallStatus(study: Loose): string | undefined {
  return asString(protocolModule(study, 'statusModule').overallStatus);
}

/**
 * The status the registry's status checks read: for a record in Unknown status (which the registry assigns when a
 * record is not verified for two years), its Last Known Status, as the registry does.
 */
export function statusForChecks(study: Loose): string | undefined {
  const status = overallStatus(study);
  return status === 'UNKNOWN' ? (asString(protocolModule(study, 'statusModule').lastKnownStatus) ?? status) : status;
}

/** Builds a JSON pointer from the protocol section and path segments (RFC 6901 escaping). */
export function pointerOf(...segments: readonly (string | number)[]): string {
  let pointer = '/protocolSection';
  for (const segment of segments) pointer += `/${typeof segment === 'number' ? segment : escapeSegment(segment)}`;
  return pointer;
}

/**
 * RFC 6901: `~` as `~0`, `/` as `~1`; keys rarely hold either, so most are returned as they are. The parse layer's
 * `escapePointerToken` does the same, but rules may not import the parse layer (ARCHITECTURE.md).
 */
function escapeSegment(segment: string): string {
  return segment.includes('~') || segment.includes('/') ? segment.replace(/~/g, '~0').replace(/\//g, '~1') : segment;
}

export const DESIGN_INFO = pointerOf('designModule', 'designInfo');
export const ARMS_MODULE = pointerOf('armsInterventionsModule');
export const ELIGIBILITY = pointerOf('eligibilityModule');
export const STATUS = pointerOf('statusModule');

/**
 * Registered before FDAAA 801 (2007-09-27), when outcome measures and time frames became required;
 * such published records legitimately lack them.
 */
export function isPreFdaaaRecord(study: Loose): boolean {
  const submitted = asString(protocolModule(study, 'statusModule').studyFirstSubmitDate);
  return submitted !== undefined && submitted < '2007-09-27';
}

/** The status the checks read, by its label: "Recruiting", or "Not yet recruiting (last known status)". */
export function statusLabelForChecks(study: Loose): string | undefined {
  const status = statusForChecks(study);
  if (!status) return undefined;
  const label = enumLabel('Status', status);
  return status !== overallStatus(study) ? `${label} (last known status)` : label;
}

/** Reads one string of the protocol section, at `path`, and adds what it finds to `found`. */
export type StringCollector<T> = (text: string, path: readonly (string | number)[], found: T[]) => void;

/** Every collector registered below: one walk over the protocol section's strings serves them all. */
const collectors: StringCollector<unknown>[] = [];

/**
 * What each collector found in each module object: while a record is edited the unchanged modules stay the same
 * objects, so a whole-record text rule walks only the module that changed. The key is kept with the result, since a
 * YAML alias can put one module object under two keys.
 */
const foundPerModule = new WeakMap<object, { readonly key: string; readonly found: readonly unknown[][] }>();

/**
 * Registers `collect` (at load time) with the walk over every string of the protocol section that the whole-record
 * text rules share, and returns the reader of its results for a record, in the order of a walk over the section.
 */
export function protocolStringCollector<T>(collect: StringCollector<T>): (study: Loose) => T[] {
  const slot = collectors.push(collect as StringCollector<unknown>) - 1;
  return (study) => collectedAt(slot, readPath(study, 'protocolSection')) as T[];
}

function collectedAt(slot: number, section: unknown): unknown[] {
  const modules = asObject(section);
  if (!modules) return walkCollecting(section, [])[slot];
  const all: unknown[] = [];
  for (const key of Object.keys(modules)) {
    const module: unknown = modules[key];
    if (typeof module !== 'object' || module === null) {
      for (const item of walkCollecting(module, [key])[slot]) all.push(item);
      continue;
    }
    let entry = foundPerModule.get(module);
    if (entry?.key !== key || entry.found.length !== collectors.length) {
      entry = { key, found: walkCollecting(module, [key]) };
      foundPerModule.set(module, entry);
    }
    for (const item of entry.found[slot]) all.push(item);
  }
  return all;
}

/** What every collector finds under `value`, one list per collector. */
function walkCollecting(value: unknown, path: (string | number)[]): unknown[][] {
  const found = collectors.map((): unknown[] => []);
  visitStrings(value, path, found);
  return found;
}

/**
 * Gives every string under `value` to every collector, depth first in key and index order, with the path to it.
 * `path` is one array updated in place as the walk goes (a collector copies what it keeps): whole-record walks run
 * on every record of a registry download, and a path per node was most of their cost.
 */
function visitStrings(value: unknown, path: (string | number)[], found: unknown[][]): void {
  if (typeof value === 'string') {
    for (let slot = 0; slot < collectors.length; slot++) collectors[slot](value, path, found[slot]);
  } else if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      visitStrings(value[index], path, found);
      path.pop();
    }
  } else if (typeof value === 'object' && value !== null) {
    // `for…in` rather than Object.keys: the same keys in the same order without an array per object, which
    // halves the walk. Only own keys: the guard matters only if a prototype was extended.
    for (const key in value) {
      if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
      path.push(key);
      visitStrings((value as Loose)[key], path, found);
      path.pop();
    }
  }
}
