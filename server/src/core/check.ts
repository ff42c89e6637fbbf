import { docsAnchorOf, listRuleInfo } from './catalog';
import {
  applySuppressions,
  resolveSeverity,
  RuleMemo,
  runRules,
  runRulesOnEach,
  shareUnchanged,
  type SeverityOverrides,
} from './engine';
import type { ParsedDocument } from './parse';
import { findNode, isTooBrokenToCheck, locatePointer, parsePointer } from './parse';
import { validateStudy, type SchemaCache } from './schema';
import type { Rule } from './rules/defineRule';
import type { Finding, ReportedFinding, Span } from './types';

/** Per-check options, from the host's settings. Missing values mean defaults. */
export interface CheckOptions {
  /** Severity overrides by finding id (`schema/enum`, `design/single-group-multiple-arms`, …); `off` drops them. */
  readonly severities?: SeverityOverrides;
  /** Polled between units of work; a cancelled check returns what it has. */
  readonly isCancelled?: () => boolean;
  /** What the last check of the same document left: the unchanged parts of the record are not checked again. */
  readonly memo?: CheckMemo;
}

/**
 * What one document's checks carry from one version to the next (the language server keeps one per open
 * document): the last record, so that unchanged parts become the same objects, and each rule's reads.
 */
export class CheckMemo {
  #previous: unknown;
  readonly rules = new RuleMemo();

  /** `value` sharing every part that equals the last version's, remembered for the next version. */
  share(value: unknown): unknown {
    if (value === undefined) return value;
    this.#previous = shareUnchanged(this.#previous, value);
    return this.#previous;
  }
}

export interface CheckEnvironment {
  readonly logger: { error(message: string): void };
  readonly today: () => string;
  readonly docsBaseUrl: string;
  /** Schema findings of unchanged results modules, kept between checks (owned by the service). */
  readonly schemaCache?: SchemaCache;
}

type Placed = ReportedFinding & { readonly span: Span };

/**
 * Syntax, schema and rule findings of one parsed record, placed, suppressed and with severities
 * resolved. `rules` (all by default) lets the rule tester check one rule the way the service does.
 */
export function checkDocument(
  document: ParsedDocument,
  environment: CheckEnvironment,
  options: CheckOptions = {},
  rules?: readonly Rule[],
): Finding[] {
  const begun = beginCheck(document, environment, options);
  if (begun.study !== undefined && !options.isCancelled?.()) {
    const ruleFindings = runRules(begun.study, {
      today: environment.today(),
      severities: options.severities,
      isCancelled: options.isCancelled,
      logger: environment.logger,
      rules,
      memo: options.memo?.rules,
    });
    for (const finding of ruleFindings) begun.reported.push(finding);
  }
  return finishCheck(document, begun.reported, environment, options);
}

/**
 * The findings `checkDocument` gives each of several records checked once (a registry download, in batches): each
 * step runs over all the records before the next starts, and the rules rule by rule, so that the code of a step stays
 * in the processor's caches.
 */
export function checkDocuments(
  documents: readonly ParsedDocument[],
  environment: CheckEnvironment,
  options: Omit<CheckOptions, 'memo'> = {},
): Finding[][] {
  const begun: BegunCheck[] = [];
  const ruleChecked: BegunCheck[] = [];
  for (const document of documents) {
    const check = beginCheck(document, environment, options);
    begun.push(check);
    if (check.study !== undefined) ruleChecked.push(check);
  }
  if (!options.isCancelled?.()) {
    const studies: unknown[] = [];
    for (const check of ruleChecked) studies.push(check.study);
    const ruleFindings = runRulesOnEach(studies, {
      today: environment.today(),
      severities: options.severities,
      isCancelled: options.isCancelled,
      logger: environment.logger,
    });
    for (let i = 0; i < ruleChecked.length; i++)
      for (const finding of ruleFindings[i]) ruleChecked[i].reported.push(finding);
  }
  const findings: Finding[][] = [];
  for (let i = 0; i < documents.length; i++)
    findings.push(finishCheck(documents[i], begun[i].reported, environment, options));
  return findings;
}

/** Syntax and schema findings of a record, and the study the rules are to check (none when they are not to run). */
interface BegunCheck {
  readonly reported: ReportedFinding[];
  readonly study: unknown;
}

function beginCheck(document: ParsedDocument, environment: CheckEnvironment, options: CheckOptions): BegunCheck {
  const reported: ReportedFinding[] = [...document.syntaxFindings];
  // A large record with more syntax problems than are listed is checked no further: its summary finding says so.
  const study = isTooBrokenToCheck(document)
    ? undefined
    : options.memo
      ? options.memo.share(document.value)
      : document.value;
  // One by one: spreading hundreds of thousands of schema findings into push() overflows the stack.
  if (study !== undefined && !options.isCancelled?.())
    for (const finding of validateStudy(study, environment.schemaCache)) reported.push(finding);
  // Oversized records skip the consistency rules (a notice among the syntax findings says so).
  const rulesWanted = (document.checkDepth ?? 'full') === 'full';
  return { reported, study: rulesWanted ? study : undefined };
}

/** The findings placed on the text, suppressed by comments, with severities resolved, in text order. */
function finishCheck(
  document: ParsedDocument,
  reported: readonly ReportedFinding[],
  environment: CheckEnvironment,
  options: CheckOptions,
): Finding[] {
  // Loops, not callbacks: a function made anew per record loses its compiled code at each full garbage collection.
  const placed: Placed[] = [];
  for (const finding of reported)
    if (resolveSeverity(finding.ruleId, options.severities) !== 'off')
      placed.push({ ...finding, span: finding.span ?? placeFinding(document, finding) });
  const kept = document.comments.length === 0 ? placed : suppress(document, placed);
  const findings: Finding[] = [];
  for (const finding of kept) {
    const severity = resolveSeverity(finding.ruleId, options.severities);
    if (severity !== 'off')
      findings.push({ ...finding, severity, docsUrl: `${environment.docsBaseUrl}#${docsAnchorOf(finding.ruleId)}` });
  }
  return findings.sort(bySpan);
}

function bySpan(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end;
}

/** The findings that no suppression comment switches off, and a finding for each comment that does not apply. */
function suppress(document: ParsedDocument, placed: readonly Placed[]) {
  const lineOf = (offset: number) => document.lineIndex.positionAt(offset).line;
  return applySuppressions(placed, document.comments, lineOf, {
    knownIds: knownFindingIds(),
    // A finding inside a multi-line value is suppressed by a comment above its key.
    lineOfPointer: (pointer) => {
      const property = findNode(document.root, pointer)?.property;
      return property ? lineOf(property.keySpan.start) : undefined;
    },
  });
}

/** Where a finding reported by pointer goes: on its excerpt when it has one, else on the pointer's key or value. */
function placeFinding(document: ParsedDocument, finding: ReportedFinding): Span {
  const span = spanOf(document, finding.pointer, finding.target);
  return (finding.excerpt && excerptSpan(document.text, span, finding.excerpt)) || span;
}

/**
 * The excerpt inside the value's source, allowing for line breaks, indentation and escapes
 * between its words (the value may be a folded YAML scalar or an escaped JSON string).
 */
function excerptSpan(text: string, within: Span, excerpt: string): Span | undefined {
  const words = excerpt.split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return undefined;
  const pattern = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(String.raw`(?:\s|\\n|\\t)+`);
  const match = new RegExp(pattern).exec(text.slice(within.start, within.end));
  return match ? { start: within.start + match.index, end: within.start + match.index + match[0].length } : undefined;
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
    const location = locatePointer(document, tokens.slice(0, length));
    if (!location) continue;
    const { span, keySpan, container } = location;
    if (keySpan && (target === 'key' || !span || span.end === span.start || container)) return keySpan;
    if (span && container) return firstLineOf(document.text, span);
    if (span) return span;
  }
  return firstLineOf(document.text, { start: 0, end: document.text.length });
}

/** The first line of a span, trimmed of its line break. */
function firstLineOf(text: string, span: Span): Span {
  const lineBreak = text.slice(span.start, span.end).search(/\r?\n/);
  return { start: span.start, end: lineBreak === -1 ? span.end : span.start + lineBreak };
}
