import type { RecordFormat, ReportedFinding } from '../types';
import { LIMITS } from './limits';

export interface NestingGuard {
  /** The text with everything nested too deep blanked out (same length, same line breaks). */
  readonly text: string;
  readonly findings: ReportedFinding[];
}

/**
 * Parsers recurse once per nesting level, so a 10,000-deep `[[[[…` overflows the call
 * stack. Before parsing, one linear scan finds brackets nested deeper than
 * `LIMITS.maxDepth` (and, in YAML, lines indented past `LIMITS.maxIndent`) and blanks
 * them out: every offset and line stays where it was, the parsers only ever see bounded
 * nesting, and the author gets one finding at the first place cut off.
 */
export function guardNesting(text: string, format: RecordFormat): NestingGuard {
  const cuts: Array<[number, number]> = [];
  scanBrackets(text, format, cuts);
  if (format === 'yaml') scanIndentation(text, cuts);
  if (cuts.length === 0) return { text, findings: [] };
  cuts.sort((a, b) => a[0] - b[0]);
  const first = cuts[0][0];
  return {
    text: blank(text, cuts, format),
    findings: [
      {
        ruleId: 'syntax/too-deep',
        message:
          `Nesting deeper than ${LIMITS.maxDepth} levels; the record is not checked ` +
          `below it. Real records nest about 8 levels deep.`,
        pointer: '',
        span: { start: first, end: Math.min(text.length, first + 1) },
      },
    ],
  };
}

/** Records [start, end) of each bracket opened at depth maxDepth + 1, up to its closing bracket. */
function scanBrackets(text: string, format: RecordFormat, cuts: Array<[number, number]>): void {
  let depth = 0;
  let cutStart = -1;
  let lineStart = true;
  let previous = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"' || (char === "'" && format === 'yaml' && startsScalar(previous, lineStart))) {
      i = endOfQuoted(text, i, char, format);
      previous = char;
      lineStart = false;
      continue;
    }
    if (format === 'yaml' && char === '#' && (lineStart || previous === ' ' || previous === '\t')) {
      while (i + 1 < text.length && text[i + 1] !== '\n' && text[i + 1] !== '\r') i++;
      continue;
    }
    if (char === '[' || char === '{') {
      depth++;
      if (depth === LIMITS.maxDepth + 1) cutStart = i;
    } else if ((char === ']' || char === '}') && depth > 0) {
      depth--;
      if (depth === LIMITS.maxDepth && cutStart !== -1) {
        cuts.push([cutStart, i + 1]);
        cutStart = -1;
      }
    }
    if (char === '\n' || char === '\r') {
      lineStart = true;
    } else if (char !== ' ' && char !== '\t') {
      lineStart = false;
      previous = char;
    } else {
      previous = char;
    }
  }
  if (cutStart !== -1) cuts.push([cutStart, text.length]);
}

/** A YAML quote opens a scalar only where a value starts; `Crohn's` is plain text. */
function startsScalar(previous: string, lineStart: boolean): boolean {
  return lineStart || previous === ' ' || previous === '\t' || previous === '[' || previous === '{' || previous === ',';
}

/**
 * The offset of the closing quote (or the last offset when unclosed). A JSON string ends at a line break, as JSON
 * parsers read it.
 */
function endOfQuoted(text: string, open: number, quote: string, format: RecordFormat): number {
  for (let i = open + 1; i < text.length; i++) {
    const char = text[i];
    if (format === 'json' && (char === '\n' || char === '\r')) return i - 1;
    if (quote === '"' && char === '\\') i++;
    else if (char === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return text.length - 1;
}

/**
 * Lines whose structure starts past `LIMITS.maxIndent` columns: spaces plus compact `- `,
 * `? ` and `: ` indicators, each of which opens a nesting level in block YAML.
 */
function scanIndentation(text: string, cuts: Array<[number, number]>): void {
  let lineStart = 0;
  while (lineStart <= text.length) {
    let i = lineStart;
    while (i < text.length) {
      const char = text[i];
      if (char === ' ' || char === '\t') i++;
      else if ((char === '-' || char === '?' || char === ':') && (text[i + 1] === ' ' || text[i + 1] === '\t')) i += 2;
      else break;
      if (i - lineStart > LIMITS.maxIndent) break;
    }
    let lineEnd = i;
    while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
    if (i - lineStart > LIMITS.maxIndent) cuts.push([lineStart, lineEnd]);
    if (lineEnd >= text.length) return;
    lineStart = lineEnd + 1;
  }
}

/** Replaces each cut by a `0` (a value where one was expected) and spaces, keeping line breaks. */
function blank(text: string, cuts: ReadonlyArray<[number, number]>, format: RecordFormat): string {
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of cuts) {
    if (start < at) continue; // nested inside an earlier cut
    parts.push(text.slice(at, start));
    const region = text.slice(start, end);
    const spaced = region.replace(/[^\r\n]/g, ' ');
    // A bracket cut keeps a value in its place; a blanked YAML line is simply empty.
    const isBracket = text[start] === '[' || text[start] === '{';
    parts.push(isBracket ? '0' + spaced.slice(1) : format === 'yaml' ? spaced : spaced);
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
