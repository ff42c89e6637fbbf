import { applyTextEdits, planTextEdits, type TextEdit } from '../edit';
import { composeEdit } from '../edit/compose';
import { hasTooManySyntaxProblems, isTooBrokenToCheck, syntaxProblemCount, type ParsedDocument } from '../parse';
import { reparseRecord } from '../parse/incremental';
import type { Finding, Fix } from '../types';

/**
 * Rounds of fix → re-check; a fix may reveal another (e.g. a new key that needs a value). Bounded so a fix loop cannot
 * hang the editor.
 */
const MAX_ROUNDS = 3;
/**
 * Each round re-parses and re-checks the record; all rounds together may re-parse about this much text. YAML parses
 * at up to about 1 s of CPU per MB, so the largest real record (1 MB as YAML) gets one round per request (the CLI's
 * `fix` repeats fix-all until nothing changes).
 */
const REPARSED_CHARACTERS = 1_500_000;

/** The finding fields fix-all needs. */
export type FixableFinding = Pick<Finding, 'ruleId' | 'fixes'>;

/** The one fix fix-all would apply for a finding: its preferred safe fix, else its first safe one. */
export function safeFixOf(finding: FixableFinding): Fix | undefined {
  const safe = finding.fixes?.filter((fix) => fix.safe) ?? [];
  return safe.find((fix) => fix.isPreferred) ?? safe[0];
}

/**
 * Plans the safe fixes of `findings` together: fixes whose edits cannot be planned or overlap
 * an earlier fix are dropped (the next round or the next request picks them up).
 */
export function combineFixes(doc: ParsedDocument, fixes: readonly Fix[]): TextEdit[] {
  const accepted: TextEdit[] = [];
  for (const fix of fixes) {
    const plan = planTextEdits(doc, fix.operations);
    if ('error' in plan || plan.edits.length === 0) continue;
    if (plan.edits.some((edit) => accepted.some((other) => overlaps(edit, other)))) continue;
    accepted.push(...plan.edits);
  }
  return accepted.sort((a, b) => a.span.start - b.span.start);
}

/** Overlapping, or two insertions at one offset (their order would be a guess). */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.span.start === b.span.start) return true;
  return a.span.start < b.span.end && b.span.start < a.span.end;
}

/** Checks a document with the host's settings; the service binds them. */
export type Checker = (doc: ParsedDocument) => readonly Finding[];

export interface FixAllInput {
  readonly doc: ParsedDocument;
  /** Findings of `doc` from the last check, when current; otherwise fix-all checks itself. */
  readonly findings?: readonly Finding[];
  readonly check: Checker;
  readonly isCancelled?: () => boolean;
}

/**
 * Why fixes are not offered on this record at all, if they are not. Planning and verifying a fix each parse the
 * broken text again, and a megabyte of it took 1–1.4 s of CPU per fix (fuzz seed 2026, cases 2601 and 7632), while a
 * small broken record still gets its quick fix ("Add Study Status" next to a broken line).
 */
export function whyNoFixes(doc: ParsedDocument): string | undefined {
  return isTooBrokenToCheck(doc)
    ? 'This record has too many syntax problems to fix automatically. Fix the syntax first.'
    : undefined;
}

/** True when the edited text has more syntax problems than the document it was made from. */
export function isSyntaxWorse(doc: ParsedDocument, edited: ParsedDocument): boolean {
  return syntaxProblemCount(edited.syntaxFindings) > syntaxProblemCount(doc.syntaxFindings);
}

/** Each round re-parses and re-checks: on a large, oversized or badly broken record one round must do. */
function roundsFor(doc: ParsedDocument): number {
  const isWhole = (doc.checkDepth ?? 'full') === 'full' && !hasTooManySyntaxProblems(doc.syntaxFindings);
  if (!isWhole) return 1;
  return Math.max(1, Math.min(MAX_ROUNDS, Math.floor(REPARSED_CHARACTERS / Math.max(1, doc.text.length))));
}

/**
 * Applies every safe fix, re-checking until nothing changes (at most `MAX_ROUNDS`). Returns
 * edits against `doc.text`, or none; never edits that leave the record unparsable.
 */
export function planFixAll(input: FixAllInput): TextEdit[] {
  const { doc } = input;
  if (whyNoFixes(doc)) return [];
  let current = doc;
  let findings = input.findings ?? input.check(doc);
  let edits: TextEdit[] = [];
  const rounds = roundsFor(doc);
  for (let round = 0; round < rounds && !input.isCancelled?.(); round++) {
    const fixes = findings.map(safeFixOf).filter((fix): fix is Fix => fix !== undefined);
    const roundEdits = combineFixes(current, fixes);
    if (roundEdits.length === 0) break;
    const next = reparseRecord(current, applyTextEdits(current.text, roundEdits));
    // A fix that breaks the syntax ends fix-all: what was good so far is kept.
    if (isSyntaxWorse(current, next)) break;
    // Back to front, so each edit's offsets are still valid in the text it is folded into.
    for (let i = roundEdits.length - 1; i >= 0; i--) edits = composeEdit(edits, roundEdits[i]);
    current = next;
    // The findings only choose the next round's fixes.
    if (round + 1 < rounds) findings = input.check(current);
  }
  return edits;
}
