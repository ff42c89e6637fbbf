import type { z } from 'zod';
import { passTestOf } from '../model/refine';

/**
 * A quick yes for values zod accepts without an issue. zod's parse builds a copy of every object
 * and array it checks, and on a registry download almost every module is valid: this answers
 * "valid" for those without copying anything. It knows only the zod kinds the model uses; for
 * anything else, and whenever a value fails, it says false and the caller asks zod, which explains
 * what is wrong. So the findings are zod's in every case (`test/unit/quickAccept.test.ts`).
 */
export type Acceptor = (value: unknown) => boolean;

/** What the acceptor reads of a zod schema: its definition and its checks. */
interface SchemaInternals {
  readonly _zod: {
    readonly def: {
      readonly type: string;
      readonly checks?: readonly CheckInternals[];
      readonly coerce?: boolean;
      readonly innerType?: z.ZodType;
      readonly element?: z.ZodType;
      readonly shape?: Readonly<Record<string, z.ZodType>>;
      readonly catchall?: z.ZodType;
    };
    readonly optin?: string;
    readonly values?: ReadonlySet<unknown>;
  };
}

interface CheckInternals {
  readonly _zod: {
    readonly def: { readonly when?: unknown };
    check(payload: { value: unknown; issues: unknown[] }): unknown;
  };
}

const NEVER: Acceptor = () => false;
const acceptors = new WeakMap<z.ZodType, Acceptor>();

/** The acceptor of a schema, compiled once (the model is static). */
export function acceptorOf(schema: z.ZodType): Acceptor {
  let acceptor = acceptors.get(schema);
  if (!acceptor) {
    const compiled = compile(schema);
    // A check that throws is zod's to report (or to throw) as it would anyway.
    acceptor = (value) => {
      try {
        return compiled(value);
      } catch {
        return false;
      }
    };
    acceptors.set(schema, acceptor);
  }
  return acceptor;
}

function internals(schema: z.ZodType): SchemaInternals['_zod'] {
  return (schema as unknown as SchemaInternals)._zod;
}

function compile(schema: z.ZodType): Acceptor {
  const own = internals(schema);
  const def = own.def;
  if (def.coerce) return NEVER;
  const accepts = compileType(own);
  const checks = def.checks ?? [];
  if (checks.length === 0) return accepts;
  // A conditional check (`when`) may run even after an issue: leave those schemas to zod.
  if (checks.some((check) => check._zod.def.when !== undefined)) return NEVER;
  // The model's refinements are asked directly; zod's own checks (patterns) get a payload.
  const tests = checks.map((check) => passTestOf(check) ?? ((value: unknown) => passesCheck(check, value)));
  return (value) => {
    if (!accepts(value)) return false;
    for (const test of tests) if (!test(value)) return false;
    return true;
  };
}

/** One payload for every check: checks run one at a time and none keeps its payload. */
const payload: { value: unknown; issues: unknown[] } = { value: undefined, issues: [] };

/** Runs one of zod's checks on a value that already has the right type. */
function passesCheck(check: CheckInternals, value: unknown): boolean {
  payload.value = value;
  payload.issues.length = 0;
  return !(check._zod.check(payload) instanceof Promise) && payload.issues.length === 0;
}

function compileType(own: SchemaInternals['_zod']): Acceptor {
  const def = own.def;
  switch (def.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      // zod's number refuses NaN and the infinities.
      return (value) => typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'enum': {
      const values = own.values;
      return values ? (value) => values.has(value) : NEVER;
    }
    case 'unknown':
    case 'any':
      return () => true;
    case 'optional': {
      if (!def.innerType || internals(def.innerType).optin === 'defaulted') return NEVER;
      const inner = compile(def.innerType);
      return (value) => value === undefined || inner(value);
    }
    case 'array': {
      if (!def.element) return NEVER;
      const item = compile(def.element);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (const entry of value) if (!item(entry)) return false;
        return true;
      };
    }
    case 'object':
      return compileObject(def.shape ?? {}, def.catchall);
    default:
      return NEVER;
  }
}

/**
 * An object as zod's object parse sees it: every field of the shape is read (`value[key]`), and the keys outside
 * the shape (found with `for…in`) are refused by a strict object or checked by the catch-all schema. The walk goes
 * over the value's own keys, fewer than the shape's in most modules; a field it does not meet reads as undefined,
 * which an optional field accepts: parsed values are plain objects whose keys are all enumerable, and a shape key
 * that Object.prototype also has (where `value[key]` would find something) is left to zod.
 */
function compileObject(shape: Readonly<Record<string, z.ZodType>>, catchall: z.ZodType | undefined): Acceptor {
  const keys = Object.keys(shape);
  if (keys.some((key) => key in Object.prototype)) return NEVER;
  const fields = new Map(keys.map((key) => [key, compile(shape[key])]));
  const required = keys.filter((key) => internals(shape[key]).optin === undefined);
  const other = catchall ? compile(catchall) : () => true;
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    if (Object.getPrototypeOf(value) !== Object.prototype) return false;
    const record = value as Readonly<Record<string, unknown>>;
    for (const key of required) if (!(key in record)) return false;
    for (const key in record) {
      const accepts = fields.get(key) ?? other;
      if (!accepts(record[key])) return false;
    }
    return true;
  };
}
