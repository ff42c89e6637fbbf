import { z } from 'zod';
import { metaOf, objectShape, unwrapOptional } from '../model';
import type { JsonValue } from '../types';

/**
 * A value of the right type to insert for a missing field: empty text, 0, false, or an object with
 * its own required fields. Fixes that insert it are never `safe`: the author still has to fill it in.
 */
export function placeholderFor(schema: z.ZodType, studyType: string | undefined): JsonValue {
  const inner = unwrapOptional(schema);
  if (inner instanceof z.ZodNumber) return 0;
  if (inner instanceof z.ZodBoolean) return false;
  if (inner instanceof z.ZodArray) {
    const meta = metaOf(inner);
    return meta?.minItems ? [placeholderFor(inner.element as z.ZodType, studyType)] : [];
  }
  const shape = objectShape(inner);
  if (shape) {
    const value: Record<string, JsonValue> = {};
    for (const [key, child] of Object.entries(shape)) {
      const requirement = metaOf(child)?.requirement;
      if (requirement?.code !== 'R' || requirement.lenientBecause) continue;
      if (requirement.studyTypes && !requirement.studyTypes.some((type) => type === studyType)) continue;
      value[key] = placeholderFor(child, studyType);
    }
    return value;
  }
  if (inner instanceof z.ZodObject) return {};
  return '';
}
