/** Spelling suggestions for enum values and keys. */

/** Optimal-string-alignment Damerau-Levenshtein distance: edits, with swapping two neighbours as one. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const d: number[] = new Array<number>(rows * columns).fill(0);
  for (let i = 0; i < rows; i++) d[i * columns] = i;
  for (let j = 0; j < columns; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        d[(i - 1) * columns + j] + 1,
        d[i * columns + j - 1] + 1,
        d[(i - 1) * columns + j - 1] + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[(i - 2) * columns + j - 2] + 1);
      d[i * columns + j] = best;
    }
  }
  return d[rows * columns - 1];
}

/** Letters and digits only, upper case: `Non-randomized`, `non_randomized` and `NON RANDOMIZED` all match. */
export function normalizeWord(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

const MAX_SUGGESTION_INPUT = 200;

export interface Suggestion {
  readonly value: string;
  /** The match differs only in case, spacing or punctuation (or by label): fixing it cannot change the meaning. */
  readonly isCertain: boolean;
}

/**
 * The candidate `input` most likely meant, or undefined when nothing is close or two candidates
 * are equally close. `aliases` maps other spellings (registry labels) to a candidate.
 */
export function closestMatch(
  input: string,
  candidates: readonly string[],
  aliases: ReadonlyMap<string, string> = new Map(),
): Suggestion | undefined {
  // Codes and keys are short; a long text is no misspelling of one (and would cost length × length).
  if (input.length > MAX_SUGGESTION_INPUT) return undefined;
  const wanted = normalizeWord(input);
  if (wanted === '') return undefined;
  for (const candidate of candidates)
    if (normalizeWord(candidate) === wanted) return { value: candidate, isCertain: true };
  for (const [alias, candidate] of aliases)
    if (normalizeWord(alias) === wanted) return { value: candidate, isCertain: true };
  // Allow about one edit per four characters, and at least one.
  const allowed = Math.max(1, Math.floor(wanted.length / 4));
  let best: string | undefined;
  let bestDistance = Infinity;
  let isTied = false;
  for (const candidate of candidates) {
    const normalized = normalizeWord(candidate);
    // The length difference is a lower bound of the distance: far-off lengths need no table.
    const distance =
      Math.abs(normalized.length - wanted.length) > allowed
        ? allowed + 1 + Math.abs(normalized.length - wanted.length)
        : editDistance(wanted, normalized);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      isTied = false;
    } else if (distance === bestDistance) {
      isTied = true;
    }
  }
  if (best === undefined || bestDistance > allowed || isTied) return undefined;
  // One edit in a long word (RANDOMISED → RANDOMIZED) is a spelling slip, not a different value.
  return { value: best, isCertain: bestDistance === 1 && wanted.length >= 6 };
}
