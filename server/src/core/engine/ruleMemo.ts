import type { ReportedFinding } from '../types';

/**
 * One observation a rule made of the record, at the two levels the engine watches: the record
 * itself (`section` undefined) and each of its sections (`protocolSection`, `resultsSection` …).
 * Below a section, values are compared by identity: parsed values are never mutated, and an edit
 * copies only the path to the change, so an unchanged module is the same object in the next version.
 */
interface Read {
  readonly section: string | undefined;
  readonly operation: 'get' | 'has' | 'own' | 'keys';
  readonly key: PropertyKey | undefined;
  /** What the operation saw: a value (by identity), presence, or the list of keys. */
  readonly seen: unknown;
}

/** Stands for a section that was itself watched: its identity changes with every edit inside it. */
const WATCHED_SECTION = Symbol('watched section');
/** What an own-property read saw of a property that does not exist. */
const NO_PROPERTY = Symbol('no own property');

interface Remembered {
  readonly today: string;
  readonly reads: readonly Read[];
  readonly findings: readonly ReportedFinding[];
}

/**
 * What each rule read and reported in the last check of one document. A rule is a pure function of
 * the record and today's date, so when everything it read is unchanged its findings are too: the
 * engine reuses them instead of running it. The language server keeps one memo per open document.
 */
export class RuleMemo {
  readonly #remembered = new Map<string, Remembered>();

  /** The findings of the rule's last run, if that run read nothing that differs in `study`. */
  recall(ruleId: string, study: object, today: string): readonly ReportedFinding[] | undefined {
    const remembered = this.#remembered.get(ruleId);
    if (remembered?.today !== today) return undefined;
    return remembered.reads.every((read) => stillHolds(read, study)) ? remembered.findings : undefined;
  }

  remember(ruleId: string, today: string, reads: readonly Read[], findings: readonly ReportedFinding[]): void {
    this.#remembered.set(ruleId, { today, reads, findings });
  }

  forget(ruleId: string): void {
    this.#remembered.delete(ruleId);
  }
}

function isPlainObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function observe(target: object, operation: Read['operation'], key: PropertyKey | undefined): unknown {
  switch (operation) {
    case 'get':
      return Reflect.get(target, key as PropertyKey);
    case 'has':
      return Reflect.has(target, key as PropertyKey);
    case 'own': {
      const descriptor = Reflect.getOwnPropertyDescriptor(target, key as PropertyKey);
      return descriptor ? descriptor.value : NO_PROPERTY;
    }
    case 'keys':
      return Reflect.ownKeys(target);
  }
}

/**
 * Whether the engine watches the value read at `key` as a section of its own (a plain object held by the record,
 * in a property a proxy may present differently: not a frozen one).
 */
function isWatchedSection(section: string | undefined, target: object, key: PropertyKey, value: unknown): boolean {
  return (
    section === undefined &&
    typeof key === 'string' &&
    isPlainObject(value) &&
    Reflect.getOwnPropertyDescriptor(target, key)?.configurable === true
  );
}

/** What a read saw: a watched section stands for itself only by kind (its own reads are recorded apart). */
function seenOf(section: string | undefined, target: object, read: Omit<Read, 'section' | 'seen'>, value: unknown) {
  const readsValue = read.operation === 'get' || read.operation === 'own';
  return readsValue && isWatchedSection(section, target, read.key as PropertyKey, value) ? WATCHED_SECTION : value;
}

function stillHolds(read: Read, study: object): boolean {
  const target: unknown = read.section === undefined ? study : Reflect.get(study, read.section);
  if (!isPlainObject(target)) return false;
  const now = seenOf(read.section, target, read, observe(target, read.operation, read.key));
  return read.operation === 'keys'
    ? sameKeys(now as readonly PropertyKey[], read.seen as readonly PropertyKey[])
    : now === read.seen;
}

function sameKeys(now: readonly PropertyKey[], seen: readonly PropertyKey[]): boolean {
  return now.length === seen.length && now.every((key, index) => key === seen[index]);
}

/**
 * A view of the record that records every read a rule makes of the record and of its sections.
 * Writes (no rule should make any) make the run unfit for reuse.
 */
export function watchReads(study: object): { view: object; reads: Read[]; isReusable: () => boolean } {
  const reads: Read[] = [];
  let wrote = false;
  const sectionViews = new Map<PropertyKey, object>();
  const handler = (section: string | undefined): ProxyHandler<object> => {
    const record = (target: object, operation: Read['operation'], key: PropertyKey | undefined, seen: unknown) =>
      void reads.push({ section, operation, key, seen: seenOf(section, target, { operation, key }, seen) });
    // Sections are watched one level down; what the rule gets of them is a watched view too.
    const viewOf = (target: object, key: PropertyKey, value: unknown): unknown => {
      if (!isWatchedSection(section, target, key, value)) return value;
      let view = sectionViews.get(key);
      if (!view) {
        view = new Proxy(value as object, handler(key as string));
        sectionViews.set(key, view);
      }
      return view;
    };
    return {
      get(target, key) {
        const value: unknown = Reflect.get(target, key);
        record(target, 'get', key, value);
        return viewOf(target, key, value);
      },
      has(target, key) {
        const present = Reflect.has(target, key);
        record(target, 'has', key, present);
        return present;
      },
      getOwnPropertyDescriptor(target, key) {
        const descriptor = Reflect.getOwnPropertyDescriptor(target, key);
        record(target, 'own', key, descriptor ? descriptor.value : NO_PROPERTY);
        return descriptor && 'value' in descriptor
          ? { ...descriptor, value: viewOf(target, key, descriptor.value) }
          : descriptor;
      },
      ownKeys(target) {
        const keys = Reflect.ownKeys(target);
        record(target, 'keys', undefined, [...keys]);
        return keys;
      },
      set(target, key, value) {
        wrote = true;
        return Reflect.set(target, key, value);
      },
      defineProperty(target, key, descriptor) {
        wrote = true;
        return Reflect.defineProperty(target, key, descriptor);
      },
      deleteProperty(target, key) {
        wrote = true;
        return Reflect.deleteProperty(target, key);
      },
    };
  };
  return { view: new Proxy(study, handler(undefined)), reads, isReusable: () => !wrote };
}
