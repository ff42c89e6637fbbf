import type { TextEdit } from './text';

/**
 * Folds `edit`, planned against the current text (the original with `edits` applied), into
 * `edits`, which stay against the original text: sorted, non-overlapping. An edit that
 * touches earlier edits is merged with them, so the result is still a minimal set.
 *
 * The current text is never needed whole: where `edit` touches earlier edits, the text around it
 * is theirs. (Rebuilding a megabyte record per edit made fix-all quadratic: 9,000 fixes, 13 s.)
 */
export function composeEdit(edits: readonly TextEdit[], edit: TextEdit): TextEdit[] {
  const { start, end } = edit.span;
  let delta = 0;
  let deltaBeforeGroup = 0;
  let first = -1;
  let last = -1;
  let firstCurrentStart = start;
  let lastCurrentStart = start;
  let groupEnd = end;
  let originalStart = Infinity;
  let originalEnd = -Infinity;
  let deltaAfterGroup = 0;
  for (let i = 0; i < edits.length; i++) {
    const existing = edits[i];
    const currentStart = existing.span.start + delta;
    const currentEnd = currentStart + existing.newText.length;
    const nextDelta = delta + existing.newText.length - (existing.span.end - existing.span.start);
    if (currentEnd < start) {
      deltaBeforeGroup = nextDelta;
    } else if (currentStart <= end) {
      if (first < 0) {
        first = i;
        firstCurrentStart = currentStart;
      }
      last = i;
      lastCurrentStart = currentStart;
      groupEnd = Math.max(groupEnd, currentEnd);
      originalStart = Math.min(originalStart, existing.span.start);
      originalEnd = Math.max(originalEnd, existing.span.end);
      deltaAfterGroup = nextDelta;
    } else {
      break;
    }
    delta = nextDelta;
  }
  if (first < 0) {
    const shifted = { span: { start: start - deltaBeforeGroup, end: end - deltaBeforeGroup }, newText: edit.newText };
    const at = edits.findIndex((existing) => existing.span.start > shifted.span.start);
    return at < 0 ? [...edits, shifted] : [...edits.slice(0, at), shifted, ...edits.slice(at)];
  }
  // The first touched edit ends at or after `start`, the last starts at or before `end`: the current text
  // around `edit` inside the group is their new text.
  const before = start > firstCurrentStart ? edits[first].newText.slice(0, start - firstCurrentStart) : '';
  const after = groupEnd > end ? edits[last].newText.slice(end - lastCurrentStart) : '';
  const merged: TextEdit = {
    span: {
      start: Math.min(originalStart, start - deltaBeforeGroup),
      end: Math.max(originalEnd, end - deltaAfterGroup),
    },
    newText: before + edit.newText + after,
  };
  return [...edits.slice(0, first), merged, ...edits.slice(last + 1)];
}
