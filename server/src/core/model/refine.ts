import type { z } from 'zod';

/** A custom issue as the model's refinements raise it. */
export type RefinementIssue = Parameters<z.RefinementCtx['addIssue']>[0];

/** What a refinement returns for a value it accepts. */
export const NO_ISSUES: readonly RefinementIssue[] = [];

/** For each zod check made by `refine`: whether a value passes it, without zod's payload. */
const passTests = new WeakMap<object, (value: unknown) => boolean>();

/**
 * `schema` with a refinement that raises the issues `issuesOf` returns (NO_ISSUES when the value is fine). The same
 * function also answers the schema's quick acceptor (`passTestOf`): zod's own check makes a closure for every value
 * it refines, and a registry download refines a few hundred strings in every record.
 */
export function refine<T extends z.ZodType>(
  schema: T,
  issuesOf: (value: z.output<T>) => readonly RefinementIssue[],
): T {
  const refined = schema.superRefine((value, ctx) => {
    for (const issue of issuesOf(value)) ctx.addIssue(issue);
  });
  const checks = (refined as unknown as { _zod: { def: { checks: readonly object[] } } })._zod.def.checks;
  passTests.set(checks[checks.length - 1], (value) => issuesOf(value as z.output<T>).length === 0);
  return refined;
}

/** The pass test of a check made by `refine`; undefined for zod's own checks. */
export function passTestOf(check: object): ((value: unknown) => boolean) | undefined {
  return passTests.get(check);
}
