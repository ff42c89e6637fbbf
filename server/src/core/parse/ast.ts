import type { JsonValue, RecordFormat, ReportedFinding, Span } from '../types';
import type { CheckDepth } from './limits';

/**
 * A format-neutral syntax tree: YAML and JSON both parse into it, so schema checks,
 * rules and editor features never care which format a record is written in.
 */
export type AstNode = ObjectNode | ArrayNode | ScalarNode;

export interface ObjectNode {
  readonly kind: 'object';
  readonly span: Span;
  readonly properties: readonly PropertyNode[];
}

export interface PropertyNode {
  readonly key: string;
  readonly keySpan: Span;
  /** Absent when the key has no value yet (`phases:` while typing, or `"a":` in broken JSON). */
  readonly value: AstNode | undefined;
  /** From the key's start to the value's end. */
  readonly span: Span;
}

export interface ArrayNode {
  readonly kind: 'array';
  readonly span: Span;
  readonly items: readonly AstNode[];
}

export type ScalarKind = 'string' | 'number' | 'boolean' | 'null';

export interface ScalarNode {
  readonly kind: ScalarKind;
  readonly span: Span;
  readonly value: string | number | boolean | null;
  /** How the scalar is written: YAML styles, or `json` for a JSON literal. */
  readonly style: ScalarStyle;
}

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded' | 'json';

/** A comment in the source (YAML only); `text` excludes the leading `#`. */
export interface CommentNode {
  readonly text: string;
  readonly span: Span;
}

/** The result of parsing one record file. Parsing never throws: problems become findings. */
export interface ParsedDocument {
  readonly format: RecordFormat;
  readonly text: string;
  /** Undefined when nothing could be parsed (empty file). */
  readonly root: AstNode | undefined;
  /** The plain value of `root`, as `JSON.parse` would give for the JSON form. */
  readonly value: JsonValue | undefined;
  /** Syntax findings (`syntax/...`), each with a span. */
  readonly syntaxFindings: readonly ReportedFinding[];
  readonly comments: readonly CommentNode[];
  readonly lineIndex: LineIndex;
  /**
   * How much of the record the check covers: `full`, or less for oversized records
   * (`syntax-and-schema`: no consistency rules; `none`: nothing parsed). A notice finding says why.
   */
  readonly checkDepth?: CheckDepth;
  /** YAML only: its lines and commas (`countYamlItems`), kept so that an edit need not count them all again. */
  readonly itemCount?: number;
}

/** Converts between offsets and 0-based line/character positions. */
export interface LineIndex {
  positionAt(offset: number): { line: number; character: number };
  offsetAt(position: { line: number; character: number }): number;
  readonly lineCount: number;
}
