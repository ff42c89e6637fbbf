import type { JsonValue, RecordFormat, ReportedFinding } from '../types';
import type { AstNode, CommentNode, LineIndex, ParsedDocument } from './ast';
import { findYamlComments } from './comments';
import { parseValidJson } from './fastJson';
import { JsonTextLocator, type PointerSpans } from './jsonLocator';
import { parseJsonText } from './jsonParser';
import { findNode, toPointer } from './pointer';
import { parseStrictJson } from './strictJson';
import { guardNesting } from './depth';
import { createLineIndex } from './lineIndex';
import { capSyntaxFindings, checkDepthOf, clampSpan, type CheckDepth } from './limits';
import { valueOf } from './values';
import { parseYamlText } from './yamlParser';

export type {
  AstNode,
  ArrayNode,
  CommentNode,
  LineIndex,
  ObjectNode,
  ParsedDocument,
  PropertyNode,
  ScalarNode,
} from './ast';
export {
  findNode,
  locateOffset,
  parsePointer,
  spanOfPointer,
  splitPointer,
  toPointer,
  escapePointerToken,
} from './pointer';
export type { NodeLocation, OffsetLocation } from './pointer';
export type { PointerSpans } from './jsonLocator';
export { createLineIndex } from './lineIndex';
export {
  LIMITS,
  clampSpan,
  hasTooManySyntaxProblems,
  isTooBrokenToCheck,
  syntaxProblemCount,
  type CheckDepth,
} from './limits';
export { valueOf } from './values';

/** The format of a record file from its name: `.json` is JSON, everything else YAML. */
export function formatOfPath(path: string): RecordFormat {
  return /\.json$/i.test(path) ? 'json' : 'yaml';
}

export interface ParseOptions {
  /**
   * The record is checked once and not edited (the command line): JSON that needs no syntax finding is read by
   * `JSON.parse`, its syntax tree is built only if something reads `root`, and `locatePointer` reads the text.
   */
  readonly treeOnDemand?: boolean;
}

/**
 * Parses a whole record. Never throws: syntax problems become `syntax/...` findings, any
 * nesting depth is handled (deeper than `LIMITS.maxDepth` is cut off with a finding),
 * syntax findings are capped, every span lies inside the text, and oversized records get
 * a notice instead of a frozen editor (see `LIMITS`).
 */
export function parseRecord(text: string, format: RecordFormat, options: ParseOptions = {}): ParsedDocument {
  const { depth, notice, itemCount } = checkDepthOf(text, format);
  const notices = notice ? [notice] : [];
  if (depth === 'none') return emptyDocument(text, format, notices, depth);
  if (options.treeOnDemand && format === 'json' && !notice) {
    const value = parseStrictJson(text);
    if (value !== undefined) return documentWithTreeOnDemand(text, value, depth);
  }
  // Strictly valid JSON within the nesting limit (the common case) needs neither the nesting guard nor a second parser.
  const valid = format === 'json' ? parseValidJson(text) : undefined;
  const guard = valid ? { text, findings: [] } : guardNesting(text, format);
  let parsed: Omit<ParsedDocument, 'checkDepth' | 'lineIndex' | 'syntaxFindings'> & {
    syntaxFindings: readonly ReportedFinding[];
  };
  try {
    if (valid)
      parsed = { format: 'json', text, root: valid.root, value: valid.value, syntaxFindings: [], comments: [] };
    else parsed = format === 'json' ? parseJson(text, guard.text) : parseYaml(text, guard.text);
  } catch (error) {
    // The guard keeps the parsers' recursion bounded; this is the last line of defence.
    const finding: ReportedFinding = {
      ruleId: format === 'json' ? 'syntax/invalid-json' : 'syntax/invalid-yaml',
      message:
        `This record could not be read (` +
        `${error instanceof RangeError ? 'it is nested too deeply' : 'the parser failed'}); ` +
        `nothing below is checked.`,
      pointer: '',
      span: { start: 0, end: 0 },
    };
    return emptyDocument(text, format, [...notices, ...guard.findings, finding], depth);
  }
  // The guard and the tree converter may both cut the same deep part: one finding says it.
  const parserFindings =
    guard.findings.length > 0
      ? parsed.syntaxFindings.filter((finding) => finding.ruleId !== 'syntax/too-deep')
      : parsed.syntaxFindings;
  const findings = capSyntaxFindings([...notices, ...guard.findings, ...parserFindings], text.length).map((finding) =>
    withSpanInside(text, finding),
  );
  return {
    ...parsed,
    syntaxFindings: findings,
    lineIndex: createLineIndex(text),
    checkDepth: depth,
    ...(itemCount === undefined ? {} : { itemCount }),
  };
}

function documentWithTreeOnDemand(text: string, value: JsonValue, checkDepth: CheckDepth): ParsedDocument {
  return new TreeOnDemandDocument(text, value, checkDepth);
}

/**
 * A valid JSON record whose syntax tree is built the first time something reads it, found in its text until then. A
 * class, not an object literal with a getter: a getter in a literal made each record a hidden class of its own,
 * which held the getter and through it the record's text until a full collection, so every record's text was copied
 * and promoted to the old generation (parsing the corpus five times: 465 ms of young-generation collection instead of
 * 83). The text reader is a field rather than the value of a WeakMap keyed by the document, which cost more too.
 */
class TreeOnDemandDocument implements ParsedDocument {
  readonly format = 'json';
  readonly syntaxFindings: readonly ReportedFinding[] = [];
  readonly comments: readonly CommentNode[] = [];
  readonly lineIndex: LineIndex;
  readonly #locator: JsonTextLocator;
  #root: AstNode | undefined;

  constructor(
    readonly text: string,
    readonly value: JsonValue,
    readonly checkDepth: CheckDepth,
  ) {
    this.lineIndex = createLineIndex(text);
    this.#locator = new JsonTextLocator(text);
  }

  /** The tree the eager path builds. */
  get root(): AstNode | undefined {
    this.#root ??= parseValidJson(this.text)?.root ?? parseJsonText(this.text).root;
    return this.#root;
  }

  locate(tokens: readonly string[]): PointerSpans | undefined {
    return this.#locator.locate(tokens);
  }
}

/** Where a pointer (as reference tokens) lands in a parsed record: from the text when its tree is built on demand. */
export function locatePointer(document: ParsedDocument, tokens: readonly string[]): PointerSpans | undefined {
  if (document instanceof TreeOnDemandDocument) return document.locate(tokens);
  const location = findNode(document.root, toPointer(tokens));
  if (!location) return undefined;
  const { node, property } = location;
  return { span: node?.span, keySpan: property?.keySpan, container: node?.kind === 'object' || node?.kind === 'array' };
}

/** JSON that the fast path gave up on: jsonc-parser explains what is wrong. */
function parseJson(text: string, guarded: string) {
  const { root, findings } = parseJsonText(guarded);
  // JSON.parse is an order of magnitude faster than walking the tree; same result when the text is valid.
  const value =
    findings.length === 0 && root && guarded === text ? (fastJsonValue(text) ?? valueOf(root)) : valueOf(root);
  return { format: 'json' as const, text, root, value, syntaxFindings: findings, comments: [] };
}

function parseYaml(text: string, guarded: string) {
  const { root, findings } = parseYamlText(guarded);
  return {
    format: 'yaml' as const,
    text,
    root,
    value: valueOf(root),
    syntaxFindings: findings,
    comments: findYamlComments(guarded, root),
  };
}

function emptyDocument(
  text: string,
  format: RecordFormat,
  findings: ReportedFinding[],
  checkDepth: CheckDepth,
): ParsedDocument {
  return {
    format,
    text,
    root: undefined,
    value: undefined,
    syntaxFindings: findings.map((finding) => withSpanInside(text, finding)),
    comments: [],
    lineIndex: createLineIndex(text),
    checkDepth,
  };
}

function withSpanInside(text: string, finding: ReportedFinding): ReportedFinding {
  const span = clampSpan(text, finding.span);
  return span === finding.span ? finding : { ...finding, span };
}

function fastJsonValue(text: string): JsonValue | undefined {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as JsonValue;
  } catch {
    return undefined;
  }
}
