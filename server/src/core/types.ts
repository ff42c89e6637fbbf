/**
 * Types shared by every part of the core. Positions are UTF-16 offsets into the
 * document text; locations inside a record are JSON pointers (RFC 6901), e.g.
 * `/protocolSection/designModule/phases/0`.
 */

/** A half-open range of UTF-16 offsets into the document text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Finding severities, mirroring the registry's tiers: ERROR → error, WARNING → warning, NOTE → info. */
export type Severity = 'error' | 'warning' | 'info';

/** A rule's configured level: a severity or `off`. */
export type SeverityLevel = Severity | 'off';

/** A JSON value as found in a record. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * One step of a fix, in JSON Patch vocabulary (RFC 6902) so that fixes are data,
 * independent of YAML or JSON: `replace` a value, `add` a key (the pointer names the
 * new key) or an array item (`/-` appends), `remove` a key or item, `move` renames a key
 * when `from` and `path` share the parent.
 */
export type FixOperation =
  | { readonly op: 'replace'; readonly path: string; readonly value: JsonValue }
  | { readonly op: 'add'; readonly path: string; readonly value: JsonValue }
  | { readonly op: 'remove'; readonly path: string }
  | { readonly op: 'move'; readonly from: string; readonly path: string };

/** A fix a finding offers. `safe` fixes may be applied by fix-all without review. */
export interface Fix {
  readonly title: string;
  readonly safe: boolean;
  /** The one fix an editor should prefer (shown first, used by "auto fix"). */
  readonly isPreferred?: boolean;
  /**
   * The fix adds a missing field whose values only the author knows: editors offer it as a
   * snippet (a tab stop per value, a choice of codes) instead of inserting empty placeholders.
   */
  readonly fillIn?: boolean;
  readonly operations: readonly FixOperation[];
}

/** Which part of a key/value pair a finding sits on. */
export type FindingTarget = 'key' | 'value';

/** A finding as a check reports it, before the engine resolves severity and range. */
export interface ReportedFinding {
  /** Stable id: `schema/…`, `syntax/…` or a rule id such as `design/single-group-multiple-arms`. */
  readonly ruleId: string;
  readonly message: string;
  /** JSON pointer of the value the finding is about. */
  readonly pointer: string;
  /** Put the finding on the key instead of the value (unknown keys, duplicates). Default: value. */
  readonly target?: FindingTarget;
  /** Where a parse finding is (syntax findings have no pointer to speak of); checks and rules report pointers. */
  readonly span?: Span;
  /** The part of a text value the finding is about; the engine narrows the range to it. */
  readonly excerpt?: string;
  readonly fixes?: readonly Fix[];
  /** Extra facts for tools (e.g. the message id and its parameters). */
  readonly data?: Readonly<Record<string, unknown>>;
  /** The finding marks something unused or redundant (rendered faded in editors). */
  readonly unnecessary?: boolean;
}

/** A finding ready for a host: severity resolved, range resolved, suppressions applied. */
export interface Finding extends ReportedFinding {
  readonly severity: Severity;
  readonly span: Span;
  /** Link to the rule's documentation. */
  readonly docsUrl: string;
}

/** Formats a record file can be written in. */
export type RecordFormat = 'yaml' | 'json';
