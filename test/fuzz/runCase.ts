import {
  createTrialRecordService,
  fixedClock,
  type DocumentSymbol,
  type Finding,
  type ParsedDocument,
  type RecordFormat,
  type Span,
} from '../../server/src/core';
import { createRandom } from './mutate';

const service = createTrialRecordService({ clock: fixedClock('2025-01-15') });

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

export interface CaseResult {
  /** Wall time of the whole case (parse, check, every feature), in ms. */
  readonly ms: number;
  /** Parse + check: what the editor waits for before diagnostics. */
  readonly checkMs: number;
  /** The same in CPU time of this process (wall time on a shared machine also counts other processes' turns). */
  readonly checkCpuMs: number;
  /** The single step after the check (one hover, the outline, fix-all, the preview…) that took the most CPU time. */
  readonly slowestStep: StepTime;
  /** The step after the check that took the most wall time (on a loaded machine, not always the same one). */
  readonly slowestWallStep: StepTime;
  readonly findings: number;
  /** Invariant violations: a range outside the text, a thrown error. Empty when the case passed. */
  readonly problems: readonly string[];
}

export interface StepTime {
  readonly name: string;
  readonly ms: number;
  readonly cpuMs: number;
}

/** Where a span may not be: outside the text, reversed, or between the `\r` and `\n` of a line break. */
export function spanProblem(text: string, span: Span | undefined, what: string): string | undefined {
  if (!span) return undefined;
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `${what}: span not integral ${start}-${end}`;
  if (start < 0 || end > text.length || start > end) return `${what}: span ${start}-${end} outside 0-${text.length}`;
  for (const offset of [start, end]) {
    if (offset > 0 && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10)
      return `${what}: span ${start}-${end} splits a CRLF`;
  }
  return undefined;
}

/**
 * Runs one record through everything a host does with it: parse, check, outline, folding,
 * links, hover/completion/navigation at a few offsets, code actions, fix-all and the
 * preview. Any exception or range outside the text is a problem.
 */
export function runCase(text: string, format: RecordFormat, seed = 1): CaseResult {
  const problems: string[] = [];
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let findings: Finding[] = [];
  let slowestStep: StepTime = { name: '', ms: 0, cpuMs: 0 };
  let slowestWallStep: StepTime = slowestStep;
  const step = (name: string, action: () => void) => {
    const stepStarted = performance.now();
    const stepCpu = process.cpuUsage();
    try {
      action();
    } catch (error) {
      problems.push(`${name} threw: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`);
    }
    const time = { name, ms: performance.now() - stepStarted, cpuMs: cpuMs(stepCpu) };
    if (name === 'parse' || name === 'check') return;
    if (time.cpuMs > slowestStep.cpuMs) slowestStep = time;
    if (time.ms > slowestWallStep.ms) slowestWallStep = time;
  };
  const spans = (what: string, list: readonly (Span | undefined)[]) => {
    for (const span of list) {
      const problem = spanProblem(text, span, what);
      if (problem) {
        problems.push(problem);
        return;
      }
    }
  };
  let doc: ParsedDocument | undefined;
  step('parse', () => {
    doc = service.parse(text, format);
  });
  if (!doc)
    return {
      ms: performance.now() - started,
      checkMs: performance.now() - started,
      checkCpuMs: cpuMs(cpuStarted),
      slowestStep,
      slowestWallStep,
      findings: 0,
      problems,
    };
  const parsed = doc;
  step('check', () => {
    findings = service.check(parsed);
    spans(
      'finding',
      findings.map((finding) => finding.span),
    );
  });
  const checkMs = performance.now() - started;
  const checkCpuMs = cpuMs(cpuStarted);
  step('symbols', () => {
    const flat: Span[] = [];
    const visit = (symbols: readonly DocumentSymbol[]) => {
      for (const symbol of symbols) {
        flat.push(symbol.span, symbol.selectionSpan);
        visit(symbol.children);
      }
    };
    visit(service.documentSymbols(parsed).symbols);
    spans('symbol', flat);
  });
  step('folding', () => void service.foldingRanges(parsed));
  step('links', () =>
    spans(
      'link',
      service.documentLinks(parsed).map((link) => link.span),
    ),
  );
  const random = createRandom(seed);
  const offsets = [0, text.length + 5, ...Array.from({ length: 2 }, () => random.int(0, text.length))];
  for (const offset of offsets) {
    step(`hover@${offset}`, () => spans('hover', [service.hover(parsed, offset)?.span]));
    step(`completion@${offset}`, () => void service.completions(parsed, offset));
    step(`definition@${offset}`, () => spans('definition', service.definition(parsed, offset)));
    step(`references@${offset}`, () => spans('references', service.references(parsed, offset, true)));
    step(`rename@${offset}`, () => {
      const result = service.prepareRename(parsed, offset);
      if (!('error' in result)) spans('rename', [result.span]);
    });
    step(`selection@${offset}`, () => spans('selection', service.selectionRanges(parsed, offset)));
  }
  step('codeActions', () => {
    const requested = findings.slice(0, 20).map((finding) => ({
      ruleId: finding.ruleId,
      pointer: finding.pointer,
      span: finding.span,
      fixes: finding.fixes,
    }));
    for (const action of service.codeActions({ doc: parsed, findings, requested }))
      spans(
        'code action edit',
        action.edits.map((edit) => edit.span),
      );
  });
  step('fixAll', () =>
    spans(
      'fix-all edit',
      service.fixAll(parsed, { findings }).map((edit) => edit.span),
    ),
  );
  step('preview', () => void service.renderPreview(parsed, findings));
  return {
    ms: performance.now() - started,
    checkMs,
    checkCpuMs,
    slowestStep,
    slowestWallStep,
    findings: findings.length,
    problems,
  };
}
