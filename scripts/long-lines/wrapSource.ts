// Wraps the long lines of one file: plan, apply, let Prettier lay the result out, again until nothing changes; then
// proves the program unchanged (same fingerprint, same comment words, no new syntax error) or gives the file back.
import { commentWords } from './comments';
import { fingerprintOf, sourceFileOf, syntaxErrorCount } from './fingerprint';
import { applyEdits, linesOf, MAX_WIDTH, widthOf } from './lines';
import { planPass, type LeftLine } from './plan';

export type { LeftLine };

/** Prettier for this file; undefined for a file Prettier ignores (the wrapper's own layout is kept). */
export type Format = (text: string) => Promise<string>;

export interface WrapOutcome {
  readonly text: string;
  /** The lines still over the limit, and why. */
  readonly left: LeftLine[];
}

/**
 * Each pass breaks a construct into pieces or moves the overflow of a piece into the next one; a chain of pieces
 * settles one piece per pass, and Prettier's moves take a few more.
 */
const MAX_PASSES = 24;

/** Why the wrapped text might not do what the original did, or undefined when it provably does. */
export function behaviourChange(before: string, after: string, fileName: string): string | undefined {
  const [a, b] = [sourceFileOf(before, fileName), sourceFileOf(after, fileName)];
  if (syntaxErrorCount(b) > syntaxErrorCount(a)) return 'wrapping would add a syntax error';
  if (fingerprintOf(a, a) !== fingerprintOf(b, b)) return 'wrapping would change the program';
  if (commentWords(a) !== commentWords(b)) return 'wrapping would change the words of a comment';
  return undefined;
}

export async function wrapSource(text: string, fileName: string, format?: Format): Promise<WrapOutcome> {
  const options = { formatted: format !== undefined };
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { edits } = planPass(current, fileName, options);
    if (edits.length === 0) break;
    const edited = applyEdits(current, edits);
    const next = format ? await format(edited) : edited;
    if (next === current) break;
    current = next;
  }
  const problem = current === text ? undefined : behaviourChange(text, current, fileName);
  if (problem) {
    const long = linesOf(text).filter((line) => widthOf(line.text) > MAX_WIDTH);
    return { text, left: long.map((line) => ({ line: line.index + 1, width: widthOf(line.text), reason: problem })) };
  }
  const reasons = new Map(planPass(current, fileName, options).left.map((left) => [left.line, left.reason]));
  const long = linesOf(current).filter((line) => widthOf(line.text) > MAX_WIDTH);
  const left = long.map((line) => ({
    line: line.index + 1,
    width: widthOf(line.text),
    reason: reasons.get(line.index + 1) ?? `still long after ${MAX_PASSES} passes`,
  }));
  return { text: current, left };
}
