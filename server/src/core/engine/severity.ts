import type { SeverityLevel } from '../types';

/**
 * The one place where a finding's default severity meets configuration: an override for the
 * id wins; `null`/missing settings mean the default.
 */
export function resolveSeverity(
  id: string,
  defaultSeverity: SeverityLevel,
  overrides: Readonly<Record<string, SeverityLevel | null | undefined>> | undefined,
): SeverityLevel {
  return overrides?.[id] ?? defaultSeverity;
}
