/** Drops absent values and empty lists/objects, keeping key order (the registry's module order). */
export function compact<T>(value: T): T | undefined {
  if (Array.isArray(value)) {
    const items = (value as unknown[]).map((item) => compact(item)).filter((item) => item !== undefined);
    return (items.length > 0 ? items : undefined) as T | undefined;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const kept = compact(item);
      if (kept !== undefined) out[key] = kept;
    }
    return (Object.keys(out).length > 0 ? out : undefined) as T | undefined;
  }
  return value === undefined || value === null ? undefined : value;
}

/** A whole number as a number; anything else stays text (and is reported by the schema check). */
export function toCount(text: string | undefined): number | string | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed === '' ? undefined : trimmed;
}
