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

/**
 * What `collect` finds in the strings of each module of a section, kept per module object: while a
 * record is edited the unchanged modules stay the same objects, so a whole-record text rule walks only
 * the module that changed. The place is kept with the result, since a YAML alias can put one module
 * object under two keys. Results come in the order of a walk over the whole section.
 */
export function collectPerModule<T>(
  section: unknown,
  cache: WeakMap<object, { readonly key: string; readonly found: readonly T[] }>,
  collect: (text: string, path: readonly (string | number)[], found: T[]) => void,
): T[] {
  const modules = asObject(section);
  const all: T[] = [];
  if (!modules) {
    forEachString(section, (text, path) => collect(text, path, all));
    return all;
  }
  for (const key of Object.keys(modules)) {
    const module: unknown = modules[key];
    if (typeof module !== 'object' || module === null) {
      forEachString(module, (text, path) => collect(text, path, all), [key]);
      continue;
    }
    let entry = cache.get(module);
    if (entry?.key !== key) {
      const found: T[] = [];
      forEachString(module, (text, path) => collect(text, path, found), [key]);
      cache.set(module, (entry = { key, found }));
    }
    all.push(...entry.found);
  }
  return all;
}

/**
 * Calls `visit` with every string under `value`, depth first in key and index order, with the
 * path to it. `path` is one array updated in place as the walk goes (copy it to keep it): whole-record
 * walks run on every record of a registry download, and a path per node was most of their cost.
 */
export function forEachString(
  value: unknown,
  visit: (text: string, path: readonly (string | number)[]) => void,
  path: (string | number)[] = [],
): void {
  if (typeof value === 'string') {
    visit(value, path);
  } else if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      forEachString(value[index], visit, path);
      path.pop();
    }
  } else if (typeof value === 'object' && value !== null) {
    // `for…in` rather than Object.keys: the same keys in the same order without an array per object, which
    // halves the walk. Only own keys: the guard matters only if a prototype was extended.
    for (const key in value) {
      if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
      path.push(key);
      forEachString((value as Loose)[key], visit, path);
      path.pop();
    }
  }
}
