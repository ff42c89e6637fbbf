import { z } from 'zod';
import { ENUMS, type EnumName, type EnumValueInfo } from './enums';
import { describeRequirement, fieldRegistry, type FieldFormat, type FieldMeta, type RequirementCode } from './meta';
import { studySchema } from './study';

export type FieldKind = 'object' | 'array' | 'string' | 'number' | 'boolean';

/** What hover, completion and messages know about one place in a record. */
export interface FieldInfo {
  /** The key in its parent object; absent for the root and for array items. */
  readonly key?: string;
  readonly title: string;
  readonly description: string;
  readonly requirement: {
    readonly code: RequirementCode;
    /** "Required for interventional studies", "Conditionally required: when …". */
    readonly text: string;
  };
  /** Character limit of the text (markdown escapes not counted). */
  readonly limit?: number;
  readonly limitUnverified?: boolean;
  readonly enumName?: EnumName;
  /** The allowed values with their registry labels, for enum fields. */
  readonly enumValues?: readonly EnumValueInfo[];
  readonly format?: FieldFormat;
  readonly minItems?: number;
  readonly maxItems?: number;
  /** Arrays: the noun for counting items ("phases"). */
  readonly itemNoun?: string;
  readonly kind: FieldKind;
  /** Objects only: the keys allowed here. Their own `children` are left out; ask for their pointer. */
  readonly children?: Readonly<Record<string, FieldInfo>>;
  /** False for the registry-generated sections whose content is accepted without checking. */
  readonly isStrict?: boolean;
}

/** The schema without its `.optional()` wrapper. */
export function unwrapOptional(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
}

/** Splits a JSON pointer into unescaped segments (`~1` → `/`, `~0` → `~`). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Longer pointers name no field of the schema (its keys are short, and it nests about ten deep). Splitting a pointer
 * below a megabyte-long key once per node took seconds (fuzz seed 2026, case 3438: the outline, 3 s of CPU).
 */
const MAX_FIELD_POINTER_LENGTH = 2_000;

/** The schema that describes the value at `pointer`; array indices map to the item schema. */
export function schemaAt(pointer: string): z.ZodType | undefined {
  if (pointer.length > MAX_FIELD_POINTER_LENGTH) return undefined;
  let schema: z.ZodType = studySchema;
  for (const segment of pointerSegments(pointer)) {
    const child = childSchema(schema, segment);
    if (!child) return undefined;
    schema = child;
  }
  return schema;
}

/** The schema of `segment` below `schema` (a key of an object, or an index of an array). */
export function childSchema(schema: z.ZodType, segment: string): z.ZodType | undefined {
  const inner = unwrapOptional(schema);
  if (inner instanceof z.ZodObject) {
    const shape = inner.shape as Record<string, z.ZodType>;
    return Object.prototype.hasOwnProperty.call(shape, segment) ? unwrapOptional(shape[segment]) : undefined;
  }
  if (inner instanceof z.ZodArray && /^(\d+|-)$/.test(segment)) return inner.element as z.ZodType;
  return undefined;
}

/** The keys an object schema allows, with their schemas; undefined for anything but a strict object. */
export function objectShape(schema: z.ZodType): Readonly<Record<string, z.ZodType>> | undefined {
  const inner = unwrapOptional(schema);
  if (
    !(inner instanceof z.ZodObject) ||
    (inner.def.catchall !== undefined && !(inner.def.catchall instanceof z.ZodNever))
  )
    return undefined;
  return inner.shape;
}

export function metaOf(schema: z.ZodType): FieldMeta | undefined {
  return fieldRegistry.get(unwrapOptional(schema));
}

function kindOf(schema: z.ZodType): FieldKind {
  if (schema instanceof z.ZodObject) return 'object';
  if (schema instanceof z.ZodArray) return 'array';
  if (schema instanceof z.ZodNumber) return 'number';
  if (schema instanceof z.ZodBoolean) return 'boolean';
  return 'string';
}

function describe(schema: z.ZodType, key: string | undefined, withChildren: boolean): FieldInfo | undefined {
  const inner = unwrapOptional(schema);
  const meta = fieldRegistry.get(inner);
  if (!meta) return undefined;
  const kind = kindOf(inner);
  const shape = kind === 'object' ? objectShape(inner) : undefined;
  let children: Record<string, FieldInfo> | undefined;
  if (withChildren && shape) {
    children = {};
    for (const [childKey, childSchema] of Object.entries(shape)) {
      const info = describe(childSchema, childKey, false);
      if (info) children[childKey] = info;
    }
  }
  return {
    ...(key === undefined ? {} : { key }),
    title: meta.title,
    description: meta.description,
    requirement: { code: meta.requirement.code, text: describeRequirement(meta.requirement) },
    ...(meta.limit === undefined ? {} : { limit: meta.limit }),
    ...(meta.limitUnverified ? { limitUnverified: true } : {}),
    ...(meta.enumName ? { enumName: meta.enumName, enumValues: ENUMS[meta.enumName].values } : {}),
    ...(meta.format ? { format: meta.format } : {}),
    ...(meta.minItems === undefined ? {} : { minItems: meta.minItems }),
    ...(meta.maxItems === undefined ? {} : { maxItems: meta.maxItems }),
    ...(meta.itemNoun === undefined ? {} : { itemNoun: meta.itemNoun }),
    kind,
    ...(children ? { children } : {}),
    ...(kind === 'object' ? { isStrict: shape !== undefined } : {}),
  };
}

/**
 * Fields described lately, by pointer shape. The model is static, and a registry download asks for the same
 * few fields' titles on every record; a bound keeps unknown keys from untrusted files from filling memory.
 */
const described = new Map<string, FieldInfo | undefined>();
const MAX_DESCRIBED = 4096;

/**
 * What the model knows about the value at a JSON pointer, e.g.
 * `/protocolSection/armsInterventionsModule/armGroups/3/type`. Undefined for keys the model does not
 * know and for anything inside the registry-generated sections.
 */
export function fieldInfoAt(pointer: string): FieldInfo | undefined {
  if (pointer.length > MAX_FIELD_POINTER_LENGTH) return undefined;
  // Every item of a list is described alike, so pointers are kept by their shape: `/armGroups/3` as `/armGroups/0`.
  const shape = pointer.replace(/\/\d+(?=\/|$)/g, '/0');
  if (described.has(shape)) return described.get(shape);
  if (described.size >= MAX_DESCRIBED) described.clear();
  const info = describeAt(shape);
  described.set(shape, info);
  return info;
}

function describeAt(pointer: string): FieldInfo | undefined {
  const segments = pointerSegments(pointer);
  const schema = schemaAt(pointer);
  if (!schema) return undefined;
  const last = segments[segments.length - 1];
  const key = last === undefined || /^(\d+|-)$/.test(last) ? undefined : last;
  return describe(schema, key, true);
}
