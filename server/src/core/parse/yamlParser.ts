import {
  Composer,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Parser,
  type Document,
  type Node as YamlNode,
  type YAMLError,
} from 'yaml';
import type { ReportedFinding, Span } from '../types';
import type { AstNode, PropertyNode, ScalarStyle } from './ast';
import { duplicateKeyFinding } from './jsonParser';
import { LIMITS, omittedFindings } from './limits';

/** Aliases may repeat a node; past this many expanded nodes an alias bomb is cut off. */
const MAX_ALIAS_EXPANSION = 50_000;

/** Plain-word messages for the YAML errors authors actually hit; others keep the parser's text. */
const YAML_ERROR_MESSAGES: Record<string, string> = {
  TAB_AS_INDENT: 'Tabs cannot indent YAML. Indent with spaces (two per level).',
  BAD_INDENT: 'This line is not indented consistently with the lines around it.',
  MULTILINE_IMPLICIT_KEY: 'A key must fit on one line. Is a ":" missing, or a quote not closed?',
  MISSING_CHAR: 'Something is missing here, such as a closing quote or bracket.',
  BLOCK_AS_IMPLICIT_KEY: 'A nested block cannot be used as a key. Check the indentation.',
  UNEXPECTED_TOKEN: 'Unexpected text here. Check the indentation and the ":" after each key.',
  BAD_SCALAR_START: 'A plain value cannot start with this character; put the value in quotes.',
  DUPLICATE_KEY: 'This key appears more than once.',
};

export interface YamlParseResult {
  readonly root: AstNode | undefined;
  readonly findings: ReportedFinding[];
  /** True when the text uses anchors or aliases (incremental re-parse then falls back to a full parse). */
  readonly usesAliases: boolean;
}

/** Parses YAML text into the format-neutral AST; `offset` shifts every span (re-parse of a slice). */
export function parseYamlText(text: string, offset = 0): YamlParseResult {
  const { documents: list, uncreatedErrors } = withoutStackTraces(() => composeDocuments(text));
  const findings: ReportedFinding[] = [];
  const first = list.at(0);
  if (first) {
    // A megabyte of quotes yields half a million errors; only the first ones become findings.
    const errors = first.errors;
    const shown = errors.slice(0, LIMITS.maxSyntaxFindings + 1);
    for (const error of shown) findings.push(yamlErrorFinding(error, offset));
    const omitted = errors.length - shown.length + uncreatedErrors;
    if (omitted > 0) findings.push(...omittedFindings(omitted, findings[findings.length - 1].span!));
  }
  if (list.length > 1) {
    const second = list[1].range[0];
    findings.push({
      ruleId: 'syntax/multiple-documents',
      message:
        'A record file holds one record, but a second YAML document ' +
        'starts here (after "---"). Move it to its own file.',
      pointer: '',
      span: { start: second + offset, end: Math.min(second + 3, text.length) + offset },
    });
  }
  if (!first || first.contents === null) return { root: undefined, findings, usesAliases: false };
  const converter = new Converter(first, offset, findings);
  const root = converter.convert(first.contents);
  return { root, findings, usesAliases: converter.usesAliases };
}

/** Errors the composer creates; past these it only counts them (`parseYamlText` shows no more). */
const CREATED_ERRORS = LIMITS.maxSyntaxFindings + 1;

/**
 * `yaml`'s `parseAllDocuments`, except that past `CREATED_ERRORS` errors are counted, not created: a megabyte of
 * quotes is half a million errors, and making them took 1 s of CPU (4–5 s with stack traces) for findings never shown.
 * `uncreatedErrors` counts those of the first document (the only one whose errors are reported).
 */
function composeDocuments(text: string): { documents: Document.Parsed[]; uncreatedErrors: number } {
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false, strict: true });
  // The composer reports every error through this (private) callback; a `yaml` release without it fails the
  // hostile-record tests (parseRecord turns the TypeError into a finding).
  const reporter = composer as unknown as { onError: (...error: unknown[]) => void };
  const createError = reporter.onError;
  let created = 0;
  let counted = 0;
  reporter.onError = (...error) => {
    if (created++ < CREATED_ERRORS) createError(...error);
    else counted++;
  };
  const documents: Document.Parsed[] = [];
  let uncreatedErrors = 0;
  for (const document of composer.compose(new Parser().parse(text))) {
    // The first document is handed over once its errors are all in.
    if (documents.length === 0) uncreatedErrors = counted;
    documents.push(document);
  }
  return { documents, uncreatedErrors };
}

/**
 * The YAML parser reports each problem as an Error, and capturing a stack trace for each
 * of half a million errors takes longer than the parse itself; none of them is ever shown.
 */
function withoutStackTraces<T>(action: () => T): T {
  // A V8 setting (not in the language standard), hence the cast; elsewhere it is a harmless extra property.
  const errors = Error as ErrorConstructor & { stackTraceLimit?: number };
  const limit = errors.stackTraceLimit;
  errors.stackTraceLimit = 0;
  try {
    return action();
  } finally {
    errors.stackTraceLimit = limit;
  }
}

function yamlErrorFinding(error: YAMLError, offset: number): ReportedFinding {
  const [start, end] = error.pos;
  const message = YAML_ERROR_MESSAGES[error.code] ?? cleanMessage(error.message);
  return {
    ruleId: 'syntax/invalid-yaml',
    message,
    pointer: '',
    span: { start: start + offset, end: Math.max(end, start + 1) + offset },
  };
}

/** The parser's own message without position suffixes or source excerpts. */
function cleanMessage(message: string): string {
  const firstLine = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return firstLine.endsWith('.') ? firstLine : firstLine + '.';
}

const SCALAR_STYLES: Record<string, ScalarStyle> = {
  PLAIN: 'plain',
  QUOTE_SINGLE: 'single',
  QUOTE_DOUBLE: 'double',
  BLOCK_LITERAL: 'literal',
  BLOCK_FOLDED: 'folded',
};

class Converter {
  usesAliases = false;
  #expanded = 0;
  #aliasLimitReported = false;
  #tooDeepReported = false;
  /** Anchor name → its definitions in source order; built once per parse (not once per alias). */
  readonly #anchors: Map<string, Array<{ readonly start: number; readonly node: YamlNode }>>;
  /** Anchored nodes being expanded right now: meeting one again is an alias cycle. */
  readonly #expanding = new Set<YamlNode>();

  constructor(
    document: Document,
    private readonly offset: number,
    private readonly findings: ReportedFinding[],
  ) {
    this.#anchors = collectAnchors(document.contents);
  }

  convert(node: YamlNode, viaAlias = false, depth = 0): AstNode {
    if (viaAlias && ++this.#expanded > MAX_ALIAS_EXPANSION) return this.#aliasLimit(node);
    const span = this.#span(node.range);
    if (depth > LIMITS.maxDepth) return this.#tooDeep(span);
    if (isMap(node)) {
      const properties: PropertyNode[] = [];
      const seen = new Set<string>();
      for (const pair of node.items) {
        const keyNode = pair.key as YamlNode | null;
        const key = keyNode && isScalar(keyNode) ? scalarText(keyNode.value) : '';
        const keySpan = keyNode?.range ? this.#span(keyNode.range) : { start: span.start, end: span.start };
        if (keyNode && !isScalar(keyNode)) this.#complexKey(keySpan);
        if (seen.has(key) && !viaAlias) this.findings.push(duplicateKeyFinding(key, keySpan));
        seen.add(key);
        const value = pair.value ? this.convert(pair.value as YamlNode, viaAlias, depth + 1) : undefined;
        properties.push({
          key,
          keySpan,
          value,
          span: { start: keySpan.start, end: value ? Math.max(value.span.end, keySpan.end) : keySpan.end },
        });
      }
      return { kind: 'object', span, properties };
    }
    if (isSeq(node)) {
      return {
        kind: 'array',
        span,
        items: node.items.map((item) => this.convert(item as YamlNode, viaAlias, depth + 1)),
      };
    }
    if (isAlias(node)) {
      this.usesAliases = true;
      const target = this.#resolve(node.source, span.start - this.offset);
      if (!target) {
        this.findings.push({
          ruleId: 'syntax/unknown-alias',
          message: `No anchor "&${node.source}" is defined before this alias.`,
          pointer: '',
          span,
        });
        return { kind: 'null', span, value: null, style: 'plain' };
      }
      if (this.#expanding.has(target)) {
        this.findings.push({
          ruleId: 'syntax/alias-cycle',
          message:
            `The alias "*${node.source}" sits inside its own anchor "&${node.source}", ` +
            `so its value would never end. Write the value out instead.`,
          pointer: '',
          span,
        });
        return { kind: 'null', span, value: null, style: 'plain' };
      }
      this.#expanding.add(target);
      const expanded = this.convert(target, true, depth);
      this.#expanding.delete(target);
      // The alias stands where it is written: spans point at the alias, not the anchor.
      return { ...expanded, span };
    }
    if (isScalar(node)) {
      if (node.anchor) this.usesAliases = true;
      return scalarNode(node.value, span, SCALAR_STYLES[node.type ?? 'PLAIN'] ?? 'plain');
    }
    return { kind: 'null', span, value: null, style: 'plain' };
  }

  /** The last definition of the anchor that starts before the alias (YAML lets anchors be redefined). */
  #resolve(name: string, aliasStart: number): YamlNode | undefined {
    const definitions = this.#anchors.get(name);
    if (!definitions) return undefined;
    let found: YamlNode | undefined;
    for (const definition of definitions) {
      if (definition.start >= aliasStart) break;
      found = definition.node;
    }
    return found;
  }

  #span(range: [number, number, number] | null | undefined): Span {
    if (!range) return { start: this.offset, end: this.offset };
    return { start: range[0] + this.offset, end: range[1] + this.offset };
  }

  #tooDeep(span: Span): AstNode {
    if (!this.#tooDeepReported) {
      this.#tooDeepReported = true;
      this.findings.push({
        ruleId: 'syntax/too-deep',
        message:
          `Nesting deeper than ${LIMITS.maxDepth} levels; the record is not checked ` +
          `below it. Real records nest about 8 levels deep.`,
        pointer: '',
        span: { start: span.start, end: Math.min(span.end, span.start + 1) },
      });
    }
    return { kind: 'null', span, value: null, style: 'plain' };
  }

  #aliasLimit(node: YamlNode): AstNode {
    const span = this.#span(node.range);
    if (!this.#aliasLimitReported) {
      this.#aliasLimitReported = true;
      this.findings.push({
        ruleId: 'syntax/alias-limit',
        message:
          `Aliases expand to more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} ` +
          `values; the rest is ignored. Write the values out instead of nesting aliases.`,
        pointer: '',
        span,
      });
    }
    return { kind: 'null', span, value: null, style: 'plain' };
  }

  #complexKey(span: Span): void {
    this.findings.push({
      ruleId: 'syntax/invalid-yaml',
      message: 'Keys must be plain names, not lists or maps.',
      pointer: '',
      span,
    });
  }
}

/** Every anchored node by name, in source order, found with an explicit stack (no recursion). */
function collectAnchors(root: YamlNode | null): Map<string, Array<{ start: number; node: YamlNode }>> {
  const anchors = new Map<string, Array<{ start: number; node: YamlNode }>>();
  const stack: unknown[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node) || isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const item = node.items[i];
        if (isPair(item)) stack.push(item.value, item.key);
        else stack.push(item);
      }
    }
    if ((isMap(node) || isSeq(node) || isScalar(node)) && node.anchor) {
      const list = anchors.get(node.anchor) ?? [];
      list.push({ start: node.range?.[0] ?? 0, node });
      anchors.set(node.anchor, list);
    }
  }
  for (const list of anchors.values()) list.sort((a, b) => a.start - b.start);
  return anchors;
}

function scalarNode(value: unknown, span: Span, style: ScalarStyle): AstNode {
  if (value === null || value === undefined) return { kind: 'null', span, value: null, style };
  if (typeof value === 'boolean') return { kind: 'boolean', span, value, style };
  if (typeof value === 'number') return { kind: 'number', span, value, style };
  if (typeof value === 'bigint') return { kind: 'number', span, value: Number(value), style };
  return { kind: 'string', span, value: scalarText(value), style };
}

/** A YAML scalar's value as text (a key may be a number, a date, null …). */
function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return value.toString();
  return value === null || value === undefined ? '' : (JSON.stringify(value) ?? '');
}
