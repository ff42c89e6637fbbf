export interface EnumValueInfo {
  readonly value: string;
  /** What the registry page shows. */
  readonly label: string;
  /** Extra registry wording (PRS label, legacy notes). */
  readonly note?: string;
}

/** One registry enum: its values with their labels, and the codes as a literal union for zod. */
export function defineEnum<const V extends string>(
  name: string,
  usedAt: string,
  values: readonly { value: V; label: string; note?: string }[],
) {
  return { name, usedAt, values, codes: values.map((v) => v.value) as readonly V[] };
}
