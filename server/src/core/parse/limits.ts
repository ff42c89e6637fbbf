import type { RecordFormat, ReportedFinding, Span } from '../types';

/**
 * Budgets that keep every record answerable in well under two seconds and one gigabyte.
 * The largest published record is 1.5 MB of JSON (about 1 MB as YAML) with lines under
 * 20,000 characters, so real records never meet these limits; hostile or broken ones do,
 * and they get one clear finding instead of a frozen editor.
 */
export const LIMITS = {
  /** Deeper nesting is not checked: the part below is replaced by nothing. Real records nest 8 deep. */
  maxDepth: 500,
  /** Block indentation past this many columns is not read (it is how deep block nesting is written). */
  maxIndent: 1_000,
  /** Syntax findings past this many are summed up in one. */
  maxSyntaxFindings: 500,
  /**
   * Above this size, only syntax and schema are checked (no consistency rules). The largest real record: 1.5 MB JSON,
   * 1.03 MB YAML (NCT02513394), both checked in full.
   */
  degradedLength: { json: 2_000_000, yaml: 1_100_000 } as Readonly<Record<RecordFormat, number>>,
  /**
   * A YAML line this long switches to syntax and schema only, like a large record. Not JSON:
   * registry downloads are minified, one line of up to 1.5 MB, and must check as they are.
   */
  degradedLineLength: 100_000,
  /**
   * Above this size nothing is parsed: a notice says so. Measured: a 7 MB JSON record takes
   * 2.3 s of CPU for syntax and schema alone (3.5 MB of broken JSON: 4 s). YAML (the `yaml` library) parses at
   * 0.6–1.2 s of CPU per MB on the 2-core test machine (loaded: 1.03 MB real record 0.7–1.2 s, 1.5 MB 1.2–1.9 s,
   * 1.9 MB 1.8–2.4 s; a megabyte of quotes 0.9 s), so YAML stops at 1.2 MB: parse and check stay under 1.5 s.
   */
  maxLength: { json: 3_000_000, yaml: 1_200_000 } as Readonly<Record<RecordFormat, number>>,
  /**
   * YAML lines and commas (each may start a value) above which nothing is parsed: each value costs the `yaml`
   * library about 10 µs of CPU, whatever its length (0.6 MB of `- x` lines, 150,000 values: 1.7 s; a 250,000-value
   * flow list on one line: 3 s). The largest real record has 34,400.
   */
  maxYamlItems: 60_000,
  /**
   * A record with more syntax problems than are listed and longer than this is checked no further (no schema, no
   * rules, no fixes, no preview): a megabyte of quotes parses into half a million empty values, which took 53 s of
   * CPU to check and draw (fuzz seed 7, case 4943). A small broken record is still checked and fixed.
   */
  maxBrokenLength: 200_000,
};

/** How much of a record is checked. */
export type CheckDepth = 'full' | 'syntax-and-schema' | 'none';

/** Decides how much of a record to check from its size and longest line (linear scan, no allocation). */
export function checkDepthOf(
  text: string,
  format: RecordFormat,
): { depth: CheckDepth; notice?: ReportedFinding; itemCount?: number } {
  if (text.length > LIMITS.maxLength[format]) {
    return {
      depth: 'none',
      notice: {
        ruleId: 'syntax/record-too-large',
        message:
          `This record is ${megabytes(text.length)} MB; records over ` +
          `${megabytes(LIMITS.maxLength[format])} MB (${format.toUpperCase()}) ` +
          'are not checked, so the editor stays responsive. The largest ' +
          'published record is 1.5 MB: is something repeated by mistake?',
        pointer: '',
        span: { start: 0, end: 0 },
      },
    };
  }
  const { longLine, itemCount } = format === 'yaml' ? scanYamlLines(text) : {};
  if (itemCount !== undefined && itemCount > LIMITS.maxYamlItems) {
    return {
      depth: 'none',
      itemCount,
      notice: {
        ruleId: 'syntax/record-too-large',
        message:
          `This record has ${itemCount.toLocaleString('en-US')} lines and commas; YAML records with over ` +
          `${LIMITS.maxYamlItems.toLocaleString('en-US')} are not checked, so the editor stays responsive. ` +
          'The largest published record has 34,400: is something repeated by mistake?',
        pointer: '',
        span: { start: 0, end: 0 },
      },
    };
  }
  if (text.length > LIMITS.degradedLength[format] || longLine) {
    const reason = longLine
      ? `a line of ${longLine.end - longLine.start} characters (over ` +
        `${LIMITS.degradedLineLength.toLocaleString('en-US')})`
      : `${megabytes(text.length)} MB (over ${megabytes(LIMITS.degradedLength[format])} MB)`;
    return {
      depth: 'syntax-and-schema',
      itemCount,
      notice: {
        ruleId: 'syntax/record-too-large',
        message:
          `This record has ${reason}, so only its syntax and ` +
          `schema are checked; the consistency rules are skipped.`,
        pointer: '',
        span: longLine ? { start: longLine.start, end: longLine.start } : { start: 0, end: 0 },
      },
    };
  }
  return { depth: 'full', itemCount };
}

/** The first line over `LIMITS.degradedLineLength` (lines end at each `\n` or `\r`) and `countYamlItems` of all. */
function scanYamlLines(text: string): { longLine?: Span; itemCount: number } {
  let longLine: Span | undefined;
  let start = 0;
  for (let i = 0; i <= text.length && !longLine; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10;
    if (code === 10 || code === 13) {
      if (i - start > LIMITS.degradedLineLength) longLine = { start, end: i };
      start = i + 1;
    }
  }
  return { longLine, itemCount: countYamlItems(text, 0, text.length) };
}

/**
 * Line breaks (`\n`, `\r\n` or a lone `\r`) and commas in `text[from, to)`: how many values the text may hold. Each
 * character is counted by itself and the one after it, so an edit changes the count of its own range only (and of
 * the character just before it).
 */
export function countYamlItems(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 44 || (code === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

function megabytes(length: number): string {
  return (length / 1_000_000).toFixed(1).replace(/\.0$/, '');
}

/**
 * Keeps at most `LIMITS.maxSyntaxFindings` findings and adds one that counts the rest:
 * a file of a million commas must not become a million diagnostics.
 */
export function capSyntaxFindings(findings: readonly ReportedFinding[], textLength: number): ReportedFinding[] {
  // A parser may already have summed up what it dropped: count that in.
  const summarized = findings.find((finding) => finding.ruleId === 'syntax/too-many-problems');
  const listed = findings.filter((finding) => finding !== summarized);
  const dropped = Number(summarized?.data?.omitted ?? 0);
  if (listed.length <= LIMITS.maxSyntaxFindings && !summarized) return [...findings];
  const kept = listed.slice(0, LIMITS.maxSyntaxFindings);
  const omitted = listed.length - kept.length + dropped;
  if (omitted === 0) return kept;
  // A large record this broken is checked no further (`isTooBrokenToCheck`): its summary says so.
  return [...kept, ...omittedFindings(omitted, kept[kept.length - 1].span!, textLength > LIMITS.maxBrokenLength)];
}

/** How many syntax problems a capped list stands for: those listed plus those its summary counts. */
export function syntaxProblemCount(findings: readonly ReportedFinding[]): number {
  let count = 0;
  for (const finding of findings)
    count += finding.ruleId === 'syntax/too-many-problems' ? Number(finding.data?.omitted ?? 0) : 1;
  return count;
}

/** True when the syntax findings were capped: the record is too broken for its other findings to mean much. */
export function hasTooManySyntaxProblems(findings: readonly ReportedFinding[]): boolean {
  return findings.some((finding) => finding.ruleId === 'syntax/too-many-problems');
}

/** A large record with more syntax problems than are listed: not checked, fixed or drawn (`maxBrokenLength`). */
export function isTooBrokenToCheck(doc: {
  readonly text: string;
  readonly syntaxFindings: readonly ReportedFinding[];
}) {
  return doc.text.length > LIMITS.maxBrokenLength && hasTooManySyntaxProblems(doc.syntaxFindings);
}

/** The one finding that stands for `count` syntax problems not listed. */
export function omittedFindings(count: number, span: Span, checkedNoFurther = false): ReportedFinding[] {
  const notShown = `${count.toLocaleString('en-US')} more syntax problems are not shown`;
  return [
    {
      ruleId: 'syntax/too-many-problems',
      message:
        (checkedNoFurther ? `${notShown}, and the record is not checked further.` : `${notShown}.`) +
        ' Fix the first ones; the rest often follow from them.',
      pointer: '',
      span,
      data: { omitted: count },
    },
  ];
}

/**
 * Moves a span inside the text: never before 0 or past the end, never between the `\r`
 * and `\n` of a line break, never reversed.
 */
export function clampSpan(text: string, span: Span | undefined): Span | undefined {
  if (!span) return span;
  const clamp = (offset: number) => {
    const inside = Math.max(0, Math.min(Number.isFinite(offset) ? Math.trunc(offset) : 0, text.length));
    return inside > 0 && text.charCodeAt(inside - 1) === 13 && text.charCodeAt(inside) === 10 ? inside - 1 : inside;
  };
  const start = clamp(span.start);
  const end = Math.max(start, clamp(span.end));
  return start === span.start && end === span.end ? span : { start, end };
}
