import { applyTextEdits, planTextEdits, type TextEdit } from '../edit';
import { lineBreakOf, lineStart, indentationAt } from '../edit/text';
import { locateOffset, type ParsedDocument } from '../parse';
import { reparseRecord } from '../parse/incremental';
import type { Finding, Fix, Span } from '../types';
import { addFieldSnippetEdits } from './addFieldSnippet';
import { combineFixes, isSyntaxWorse, planFixAll, safeFixOf, whyNoFixes, type Checker } from './fixAll';

/** The kind of the fix-all action; editors run it on save with `"source.fixAll.trial-record": "explicit"`. */
export const FIX_ALL_KIND = 'source.fixAll.trial-record';

export type CodeActionKind = 'quickfix' | typeof FIX_ALL_KIND;

/** A finding as the editor shows it: rule id, pointer, range and fixes, all from the diagnostic. */
export interface FindingRef {
  readonly ruleId: string;
  readonly pointer: string;
  readonly span: Span;
  /** The finding's fixes as published (`Diagnostic.data`); re-planned against the current text. */
  readonly fixes?: readonly Fix[];
}

export interface CodeAction {
  readonly title: string;
  readonly kind: CodeActionKind;
  readonly edits: readonly TextEdit[];
  /**
   * The same change as a snippet (`newText` in snippet syntax: tab stops, choices), for editors
   * that take snippet edits; `edits` is the plain fallback.
   */
  readonly snippetEdits?: readonly TextEdit[];
  readonly isPreferred?: boolean;
  /** Indexes into the request's findings that this action resolves. */
  readonly resolves: readonly number[];
  /** Shown but not applicable: why (editors grey it out with this text; on save it does nothing). */
  readonly disabledReason?: string;
}

export interface CodeActionInput {
  readonly doc: ParsedDocument;
  /** Findings of `doc`'s current text when the host has them; otherwise `check` is called if needed. */
  readonly findings?: readonly Finding[];
  readonly check: Checker;
  /** The findings the editor asks about (its diagnostics in the range). */
  readonly requested: readonly FindingRef[];
  /** Which kinds the editor wants; all when absent. */
  readonly only?: readonly string[];
  readonly isCancelled?: () => boolean;
}

const DISABLE_DIRECTIVE = 'trial-record-disable-next-line';
const NOTHING_TO_FIX =
  'No finding in this record has a fix that is safe without review; use the quick fixes (Ctrl+.) one by one.';
const REASON_HINT = 'why this finding does not apply';

/** Quick fixes for the requested findings, "fix all of a rule", "disable for this line", and fix-all. */
export function provideCodeActions(input: CodeActionInput): CodeAction[] {
  const wants = (kind: string) =>
    !input.only || input.only.some((only) => kind === only || kind.startsWith(only + '.'));
  const actions: CodeAction[] = [];
  let findings = input.findings;
  const allFindings = () => (findings ??= input.check(input.doc));
  const noFixes = whyNoFixes(input.doc);
  if (wants('quickfix')) {
    // One budget for the whole request: each verified fix re-parses the record.
    const budget = verificationBudget(input.doc);
    if (!noFixes) actions.push(...quickFixes(input, budget));
    if (!noFixes && input.requested.length > 0) actions.push(...fixAllOfRule(input, allFindings(), budget));
    actions.push(...disableActions(input));
  }
  if (wants(FIX_ALL_KIND) && input.only?.length) {
    const edits = noFixes
      ? []
      : planFixAll({ doc: input.doc, findings: allFindings(), check: input.check, isCancelled: input.isCancelled });
    // Always listed when asked for, so "Source Action…" never says "none" without saying why.
    actions.push(
      edits.length > 0
        ? { title: 'Fix all auto-fixable problems', kind: FIX_ALL_KIND, edits, resolves: [] }
        : {
            title: 'Fix all auto-fixable problems',
            kind: FIX_ALL_KIND,
            edits,
            resolves: [],
            disabledReason: noFixes ?? NOTHING_TO_FIX,
          },
    );
  }
  return actions;
}

/**
 * Each offered fix is verified by parsing the fixed text (again in full, unless the record is free of syntax
 * problems and the fix stays inside one of its objects or lists). A request may verify about 1 MB of text in all (a
 * hundred fixes on a normal record, one on the largest): YAML parses at about 1 s of CPU per MB, so selecting a whole
 * huge file and asking for fixes cannot block the server for long.
 */
const VERIFIED_CHARACTERS_PER_REQUEST = 1_000_000;
/** And about half a second: a small record whose aliases expand to thousands of values parses slowly. */
const VERIFICATION_MS_PER_REQUEST = 500;

interface VerificationBudget {
  take(): boolean;
}

function verificationBudget(doc: ParsedDocument): VerificationBudget {
  let left = Math.max(1, Math.floor(VERIFIED_CHARACTERS_PER_REQUEST / Math.max(1, doc.text.length)));
  let isFirst = true;
  const started = Date.now();
  return {
    take() {
      // The first fix is always verified, so a slow record still gets its quick fix.
      if (left <= 0 || (!isFirst && Date.now() - started > VERIFICATION_MS_PER_REQUEST)) return false;
      isFirst = false;
      left--;
      return true;
    },
  };
}

/** The record's study type code, which decides the fields an added object needs. */
function studyTypeOf(doc: ParsedDocument): string | undefined {
  const value = doc.value as { protocolSection?: { designModule?: { studyType?: unknown } } } | undefined;
  const studyType = value?.protocolSection?.designModule?.studyType;
  return typeof studyType === 'string' ? studyType : undefined;
}

/**
 * The fixes the diagnostics carry, planned against the current text; one that no longer applies
 * is dropped. One action per distinct change: the same fix reached from several diagnostics resolves them all.
 */
function quickFixes(input: CodeActionInput, budget: VerificationBudget): CodeAction[] {
  const byChange = new Map<string, CodeAction & { resolves: number[] }>();
  const studyType = studyTypeOf(input.doc);
  input.requested.forEach((ref, index) => {
    for (const fix of ref.fixes ?? []) {
      if (!budget.take()) return;
      const edits = planCheckedEdits(input.doc, fix);
      if (!edits) continue;
      const key = `${fix.title}\u0000${JSON.stringify(edits)}`;
      const existing = byChange.get(key);
      if (existing) {
        if (!existing.resolves.includes(index)) existing.resolves.push(index);
        continue;
      }
      const snippetEdits = fix.fillIn ? addFieldSnippetEdits(input.doc, fix, studyType) : undefined;
      byChange.set(key, {
        title: fix.title,
        kind: 'quickfix',
        edits,
        ...(snippetEdits ? { snippetEdits } : {}),
        isPreferred: fix.isPreferred,
        resolves: [index],
      });
    }
  });
  return [...byChange.values()];
}

/** Edits of one fix, or undefined when they cannot be planned or would break the syntax. */
function planCheckedEdits(doc: ParsedDocument, fix: Fix): TextEdit[] | undefined {
  const plan = planTextEdits(doc, fix.operations);
  if ('error' in plan || plan.edits.length === 0) return undefined;
  return breaksSyntax(doc, plan.edits) ? undefined : plan.edits;
}

function breaksSyntax(doc: ParsedDocument, edits: readonly TextEdit[]): boolean {
  return isSyntaxWorse(doc, reparseRecord(doc, applyTextEdits(doc.text, edits)));
}

/** "Fix all <rule-id> problems" for each requested rule with several safe fixes in the file. */
function fixAllOfRule(input: CodeActionInput, findings: readonly Finding[], budget: VerificationBudget): CodeAction[] {
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  for (const ref of input.requested) {
    if (seen.has(ref.ruleId)) continue;
    seen.add(ref.ruleId);
    if (!budget.take()) break;
    const fixes = findings
      .filter((finding) => finding.ruleId === ref.ruleId)
      .flatMap((finding) => safeFixOf(finding) ?? []);
    if (fixes.length < 2) continue;
    // One round, no re-check: the light bulb asks often, and must stay cheap.
    const edits = combineFixes(input.doc, fixes);
    if (edits.length === 0 || breaksSyntax(input.doc, edits)) continue;
    const resolves = input.requested.flatMap((other, index) => (other.ruleId === ref.ruleId ? [index] : []));
    actions.push({ title: `Fix all ${ref.ruleId} problems`, kind: 'quickfix', edits, resolves });
  }
  return actions;
}

/** "Disable <rule-id> for this line": a suppression comment above the finding's line, reason left for the author. */
function disableActions(input: CodeActionInput): CodeAction[] {
  if (input.doc.format !== 'yaml') return [];
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  input.requested.forEach((ref, index) => {
    if (/^(syntax|suppression)\//.test(ref.ruleId)) return;
    const at = lineStart(input.doc.text, suppressionAnchor(input.doc, ref));
    const key = `${ref.ruleId}@${at}`;
    if (seen.has(key)) return;
    seen.add(key);
    const head = `${indentationAt(input.doc.text, at)}# ${DISABLE_DIRECTIVE} ${ref.ruleId} -- `;
    const span = { start: at, end: at };
    // The snippet leaves the cursor on the reason, which the suppression needs to count.
    const snippet = `${head.replace(/[\\$}]/g, (c) => `\\${c}`)}\${1:${REASON_HINT}}${lineBreakOf(input.doc.text)}`;
    actions.push({
      title: `Disable ${ref.ruleId} for this line`,
      kind: 'quickfix',
      edits: [{ span, newText: `${head}${lineBreakOf(input.doc.text)}` }],
      snippetEdits: [{ span, newText: snippet }],
      resolves: [index],
    });
  });
  return actions;
}

/**
 * Where the suppression comment goes: above the finding's first line, unless that line is
 * inside a multi-line string (a `#` line there would become text); then above its key.
 */
function suppressionAnchor(doc: ParsedDocument, ref: FindingRef): number {
  const location = locateOffset(doc.root, ref.span.start);
  const node = location.node;
  const isInsideText =
    node !== undefined && node.kind === 'string' && lineStart(doc.text, ref.span.start) > node.span.start;
  if (!isInsideText) return ref.span.start;
  return location.property ? location.property.keySpan.start : node.span.start;
}
