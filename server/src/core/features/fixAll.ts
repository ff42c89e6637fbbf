import { applyTextEdits, planTextEdits, type TextEdit } from '../edit';
import { composeEdit } from '../edit/compose';
import { parseRecord, type ParsedDocument } from '../parse';
import type { Finding, Fix } from '../types';

/**
 * Rounds of fix → re-check; a fix may reveal another (e.g. a new key that needs a value). Bounded so a fix loop cannot
 * hang the editor.
 */
const MAX_ROUNDS = 3;

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
 * Applies every safe fix, re-checking until nothing changes (at most `MAX_ROUNDS`). Returns
 * edits against `doc.text`, or none; never edits that leave the record unparsable.
 */
export function planFixAll(input: FixAllInput): TextEdit[] {
  const { doc } = input;
  let current = doc;
  let findings = input.findings ?? input.check(doc);
  let edits: TextEdit[] = [];
  // Each round re-parses and re-checks: on an oversized record (checked in part only) one round must do.
  const rounds = (doc.checkDepth ?? 'full') === 'full' ? MAX_ROUNDS : 1;
  for (let round = 0; round < rounds && !input.isCancelled?.(); round++) {
    const fixes = findings.map(safeFixOf).filter((fix): fix is Fix => fix !== undefined);
    const roundEdits = combineFixes(current, fixes);
    if (roundEdits.length === 0) break;
    const text = applyTextEdits(current.text, roundEdits);
    const next = parseRecord(text, doc.format);
    // A fix that breaks the syntax ends fix-all: what was good so far is kept.
    if (next.syntaxFindings.length > current.syntaxFindings.length) break;
    let roundText = current.text;
    for (const edit of [...roundEdits].reverse()) {
      edits = composeEdit(edits, roundText, edit);
      roundText = applyTextEdits(roundText, [edit]);
    }
    current = next;
    findings = input.check(current);
  }
  return edits;
}
