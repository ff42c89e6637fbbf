/**
 * `next` with every part that equals the same part of `previous` replaced by `previous`'s object, so
 * that what did not change between two versions of a record is the same object in both (a full
 * parse builds everything anew; the incremental one already shares, and then this is cheap: equal
 * objects are skipped by identity). Caches keyed by identity then hold across versions. Neither
 * value is modified: a container that mixes old and new parts is a new copy.
 */
export function shareUnchanged(previous: unknown, next: unknown): unknown {
  if (previous === next || !isContainer(previous) || !isContainer(next)) return next;
  if (Array.isArray(previous) !== Array.isArray(next)) return next;
  if (Object.getPrototypeOf(previous) !== Object.getPrototypeOf(next)) return next;
  return Array.isArray(next) ? shareArray(previous as unknown[], next) : shareObject(previous, next);
}

/** Arrays and objects a parser builds (plain prototypes); anything else is compared by identity. */
function isContainer(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Array.prototype || prototype === Object.prototype || prototype === null;
}

function shareArray(previous: readonly unknown[], next: readonly unknown[]): unknown[] {
  let sameAsPrevious = previous.length === next.length;
  let sameAsNext = true;
  const shared = next.map((item, index) => {
    const value = shareUnchanged(previous[index], item);
    sameAsPrevious &&= Object.is(value, previous[index]);
    sameAsNext &&= value === item;
    return value;
  });
  if (sameAsPrevious) return previous as unknown[];
  return sameAsNext ? (next as unknown[]) : shared;
}

function shareObject(previous: object, next: object): object {
  const before = previous as Readonly<Record<string, unknown>>;
  const after = next as Readonly<Record<string, unknown>>;
  const keys = Object.keys(after);
  const previousKeys = Object.keys(before);
  let sameAsPrevious = keys.length === previousKeys.length;
  let sameAsNext = true;
  const shared = keys.map((key, index) => {
    const old = Object.hasOwn(before, key) ? before[key] : undefined;
    const value = shareUnchanged(old, after[key]);
    sameAsPrevious &&= key === previousKeys[index] && Object.is(value, old);
    sameAsNext &&= value === after[key];
    return value;
  });
  if (sameAsPrevious) return previous;
  if (sameAsNext) return next;
  // Defined, not assigned: a `__proto__` key stays a key.
  const copy = Object.create(Object.getPrototypeOf(next) as object | null) as object;
  keys.forEach((key, index) => {
    Reflect.defineProperty(copy, key, { value: shared[index], writable: true, enumerable: true, configurable: true });
  });
  return copy;
}
