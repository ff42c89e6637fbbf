import type { TextEdit } from './text';

/**
 * Folds `edit`, planned against `currentText` (the original with `edits` applied), into
 * `edits`, which stay against the original text: sorted, non-overlapping. An edit that
 * touches earlier edits is merged with them, so the result is still a minimal set.
 */
export function composeEdit(edits: readonly TextEdit[], currentText: string, edit: TextEdit): TextEdit[] {
  const { start, end } = edit.span;
  let delta = 0;
  let deltaBeforeGroup = 0;
  let first = -1;
  let last = -1;
  let groupStart = start;
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
      if (first < 0) first = i;
      last = i;
      groupStart = Math.min(groupStart, currentStart);
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
  const merged: TextEdit = {
    span: {
      start: Math.min(originalStart, start - deltaBeforeGroup),
      end: Math.max(originalEnd, end - deltaAfterGroup),
    },
    newText: currentText.slice(groupStart, start) + edit.newText + currentText.slice(end, groupEnd),
  };
  return [...edits.slice(0, first), merged, ...edits.slice(last + 1)];
}
