import { studySchema } from '../model';
import type { ReportedFinding } from '../types';
import { findingsFromIssue } from './issueFindings';
import { requirementFindings } from './requirements';

/**
 * Checks a record against the model: types, allowed values, formats, limits, unknown keys, and the
 * fields its study type and start date require. Never throws; returns findings with `schema/…` ids.
 */
export function validateStudy(value: unknown): ReportedFinding[] {
  const findings: ReportedFinding[] = [];
  const result = studySchema.safeParse(value);
  if (!result.success) for (const issue of result.error.issues) findings.push(...findingsFromIssue(issue, value));
  findings.push(...requirementFindings(value));
  return findings;
}
