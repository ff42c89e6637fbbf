import { docsAnchorOf, listRuleInfo } from './catalog';
import { applySuppressions, runRules } from './engine';
import type { ParsedDocument } from './parse';
import { findNode, parsePointer, toPointer } from './parse';
import { schemaFindingSeverity, validateStudy } from './schema';
import type { Finding, ReportedFinding, Severity, SeverityLevel, Span } from './types';

/** Per-check options, from the host's settings. Missing values mean defaults. */
export interface CheckOptions {
  /** Severity overrides by finding id (`schema/enum`, `design/single-group-multiple-arms`, …). */
  readonly severities?: Readonly<Record<string, SeverityLevel>>;
  /** Polled between units of work; a cancelled check returns what it has. */
  readonly isCancelled?: () => boolean;
}

export interface CheckEnvironment {
  readonly logger: { error(message: string): void };
  readonly today: () => string;
  readonly docsBaseUrl: string;
}

/** Syntax, schema and rule findings of one parsed record, resolved to spans and severities. */
export function checkDocument(document: ParsedDocument, environment: CheckEnvironment, options: CheckOptions = {}): Finding[] {
  const severities = options.severities ?? {};
  const resolved: Finding[] = [];
  const add = (finding: ReportedFinding, defaultSeverity: Severity) => {
    const level = severities[finding.ruleId] ?? defaultSeverity;
    if (level === 'off') return;
    resolved.push({
      ...finding,
      severity: level,
      span: finding.span ?? spanOf(document, finding.pointer, finding.target),
      docsUrl: `${environment.docsBaseUrl}#${docsAnchorOf(finding.ruleId)}`,
    });
  };

  for (const finding of document.syntaxFindings) add(finding, 'error');
  const study = document.value;
  if (study !== undefined && !options.isCancelled?.()) {
    for (const finding of validateStudy(study)) add(finding, schemaFindingSeverity(finding.ruleId) ?? 'error');
  }
  if (study !== undefined && isObject(study) && !options.isCancelled?.()) {
    const ruleFindings = runRules(study, {
      today: environment.today(),
      severities,
      isCancelled: options.isCancelled,
      logger: environment.logger,
      sourceOf: (pointer) => {
        const node = findNode(document.root, pointer)?.node;
        return node ? { text: document.text.slice(node.span.start, node.span.end), span: node.span } : undefined;
      },
    });
    for (const finding of ruleFindings) add(finding, finding.severity);
  }
  const lineOf = (offset: number) => document.lineIndex.positionAt(offset).line;
  const kept = applySuppressions(resolved, document.comments, lineOf, {
    severities,
    docsUrlOf: (id) => `${environment.docsBaseUrl}#${docsAnchorOf(id)}`,
    knownIds: knownFindingIds(),
    // A finding inside a multi-line value is suppressed by a comment above its key.
    lineOfPointer: (pointer) => {
      const property = findNode(document.root, pointer)?.property;
      return property ? lineOf(property.keySpan.start) : undefined;
    },
  });
  return kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

let knownIds: ReadonlySet<string> | undefined;

/** Every finding id the core can report (built once: the catalog is static). */
function knownFindingIds(): ReadonlySet<string> {
  knownIds ??= new Set(listRuleInfo('').map((rule) => rule.id));
  return knownIds;
}

/**
 * The span of a pointer. Containers are marked on their key (a whole module is not one
 * finding's place); a missing value falls back to the nearest ancestor that exists, so a
 * "required" finding sits where the author would add the field.
 */
function spanOf(document: ParsedDocument, pointer: string, target: 'key' | 'value' = 'value'): Span {
  const tokens = parsePointer(pointer);
  for (let length = tokens.length; length > 0; length--) {
    const location = findNode(document.root, toPointer(tokens.slice(0, length)));
    if (!location) continue;
    const { node, property } = location;
    if (property && (target === 'key' || !node || node.span.end === node.span.start || isContainer(node))) return property.keySpan;
    if (node && isContainer(node)) return firstLineOf(document.text, node.span);
    if (node) return node.span;
  }
  return firstLineOf(document.text, { start: 0, end: document.text.length });
}

function isContainer(node: { kind: string }): boolean {
  return node.kind === 'object' || node.kind === 'array';
}

/** The first line of a span, trimmed of its line break. */
function firstLineOf(text: string, span: Span): Span {
  const lineBreak = text.slice(span.start, span.end).search(/\r?\n/);
  return { start: span.start, end: lineBreak === -1 ? span.end : span.start + lineBreak };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
