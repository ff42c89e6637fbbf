import type { RecordFormat, SeverityLevel, Severity } from '../core';
import type { CliFinding } from './report';
import type { StoredText } from './zipEntry';

/** One record to check, as read from a file, an archive entry, a list item or a JSON Lines line. */
export type RecordJob = RecordPlace &
  (
    | { readonly text: string }
    /** An archive entry, inflated where it is checked. */
    | { readonly stored: StoredText }
  );

/** Everything about a record to check but its text. */
export interface RecordPlace {
  /** Where the record is: `a.trial.yaml`, `ctg-studies.json#/37`, `archive.zip:NCT0123/NCT01234567.json`. */
  readonly label: string;
  readonly format: RecordFormat;
  /** Where the record's text starts in its file (0-based), so that ranges are given in the file's own lines. */
  readonly line: number;
  readonly character: number;
  readonly severities: Readonly<Record<string, SeverityLevel>>;
}

/** A record whose bytes could not be turned into text (a damaged archive entry): reported as an input problem. */
export class UnreadableRecordError extends Error {}

/** Something that could not be read (a missing or unreadable file, a corrupt archive, a truncated list). */
export interface InputProblem {
  readonly label: string;
  readonly message: string;
}

export type InputItem =
  { readonly kind: 'record'; readonly job: RecordJob } | { readonly kind: 'problem'; readonly problem: InputProblem };

/** What the report tables group by, read from the record itself. */
export interface RecordFacts {
  readonly sponsor?: string;
  readonly sponsorClass?: string;
  readonly status?: string;
  readonly studyType?: string;
  readonly phases?: readonly string[];
}

/** The outcome of checking one record. */
export interface RecordResult {
  readonly label: string;
  readonly nctId?: string;
  readonly findings: readonly CliFinding[];
  readonly facts: RecordFacts;
  /** Findings per severity before `--max-findings` trims the list (filters by rule and --quiet applied). */
  readonly counts: Readonly<Record<Severity, number>>;
}

/** How a check run filters findings; the same in every worker. */
export interface CheckSettings {
  /** `YYYY-MM-DD` that date rules compare against; today when absent. */
  readonly today?: string;
  /** Report errors only. */
  readonly errorsOnly: boolean;
  /** Show only these finding ids (exact ids or `area/*` prefixes); all when empty. */
  readonly onlyRules: readonly string[];
}
