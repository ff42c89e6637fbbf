import { z } from 'zod';
import { fieldInfoAt, objectShape, studySchema, unwrapOptional } from '../model';

/**
 * Where each key of the model lives, for keys that live in exactly one object: a key written one
 * level too high or low (`allocation` directly under `designModule`) can then be pointed home.
 * Built once from the static model.
 */
function indexKeyHomes(): ReadonlyMap<string, string> {
  const homes = new Map<string, string | null>();
  const visit = (schema: z.ZodType, pointer: string): void => {
    const inner = unwrapOptional(schema);
    if (inner instanceof z.ZodArray) return visit(inner.element as z.ZodType, `${pointer}/0`);
    const shape = objectShape(inner);
    if (!shape) return;
    for (const [key, child] of Object.entries(shape)) {
      // null marks a key that lives in several places: no single home to name.
      homes.set(key, homes.has(key) ? null : pointer);
      visit(child, `${pointer}/${key}`);
    }
  };
  visit(studySchema, '');
  const unique = new Map<string, string>();
  for (const [key, home] of homes) if (home !== null) unique.set(key, home);
  return unique;
}

const keyHomes = indexKeyHomes();

/** "Design Details (designInfo)" when `key` belongs in exactly one other object; undefined otherwise. */
export function homeOfKey(key: string, currentParent: string): string | undefined {
  const home = keyHomes.get(key);
  if (home === undefined || home === currentParent.replace(/\/\d+(?=\/|$)/g, '/0')) return undefined;
  const info = fieldInfoAt(home);
  const lastKey = home.slice(home.lastIndexOf('/') + 1);
  return info ? `${info.title} (${/^\d+$/.test(lastKey) ? home : lastKey})` : home;
}
