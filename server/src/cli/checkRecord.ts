import {
  createTrialRecordService,
  fixedClock,
  listRuleInfo,
  systemClock,
  type Finding,
  type ParsedDocument,
  type Severity,
  type SeverityLevel,
  type TrialRecordService,
} from '../core';
import { UnreadableRecordError, type CheckSettings, type RecordFacts, type RecordJob, type RecordResult } from './jobs';
import { toCliFinding, type CliFinding } from './report';
import { inflateText } from './zipEntry';

/** Checks records one at a time with fixed settings; one per worker thread (or one in-process). */
export class RecordChecker {
  readonly #service: TrialRecordService;
  readonly #matches: (rule: string) => boolean;
  readonly #checkedSeverities = new WeakMap<Severities, Severities>();

  constructor(private readonly settings: CheckSettings) {
    this.#service = createTrialRecordService({
      clock: settings.today ? fixedClock(settings.today) : systemClock,
      oneCheckPerRecord: true,
    });
    this.#matches = ruleMatcher(settings.onlyRules);
  }

  /** The severities to check with: the record's own, less the findings the output leaves out (see `outputOnly`). */
  #severitiesFor(severities: Severities): Severities {
    let checked = this.#checkedSeverities.get(severities);
    if (!checked) {
      checked = outputOnly(severities, (id, severity) => this.#shows(id, severity));
      this.#checkedSeverities.set(severities, checked);
    }
    return checked;
  }

  #shows(rule: string, severity: Severity): boolean {
    return (!this.settings.errorsOnly || severity === 'error') && this.#matches(rule);
  }

  /** Throws `UnreadableRecordError` for an archive entry whose bytes are damaged (an input problem, not a finding). */
  check(job: RecordJob): RecordResult {
    const text = textOf(job);
    let parsed: ParsedDocument;
    try {
      parsed = this.#service.parse(text, job.format);
    } catch (error) {
      return internalErrorResult(job, error);
    }
    return isEmpty(text, parsed) ? this.#result(job, parsed, undefined) : this.#checkAlone(job, parsed);
  }

  /** One parsed record's result; a record that trips a bug of ours gets one `internal/error` finding. */
  #checkAlone(job: RecordJob, parsed: ParsedDocument): RecordResult {
    try {
      return this.#result(job, parsed, this.#service.check(parsed, this.#optionsFor(job)));
    } catch (error) {
      return internalErrorResult(job, error);
    }
  }

  /**
   * `check` of each job, faster than one by one (see the service's `checkEach`), with the same result for each: its
   * result, or the `UnreadableRecordError` that `check` would throw.
   */
  checkEach(jobs: readonly RecordJob[]): (RecordResult | UnreadableRecordError)[] {
    const outcomes: (RecordResult | UnreadableRecordError)[] = [];
    /** Records to check together: consecutive ones that share a severity table. */
    let batch: { readonly at: number; readonly job: RecordJob; readonly parsed: ParsedDocument }[] = [];
    const flush = () => {
      if (batch.length > 0) this.#checkTogether(batch, outcomes);
      batch = [];
    };
    for (const job of jobs) {
      const at = outcomes.length;
      outcomes.push(PENDING);
      let text: string;
      try {
        text = textOf(job);
      } catch (error) {
        outcomes[at] = error instanceof UnreadableRecordError ? error : new UnreadableRecordError(String(error));
        continue;
      }
      try {
        const parsed = this.#service.parse(text, job.format);
        if (isEmpty(text, parsed)) outcomes[at] = this.#result(job, parsed, undefined);
        else {
          if (batch.length > 0 && batch[0].job.severities !== job.severities) flush();
          batch.push({ at, job, parsed });
        }
      } catch (error) {
        outcomes[at] = internalErrorResult(job, error);
      }
    }
    flush();
    return outcomes;
  }

  #checkTogether(
    batch: readonly { readonly at: number; readonly job: RecordJob; readonly parsed: ParsedDocument }[],
    outcomes: (RecordResult | UnreadableRecordError)[],
  ): void {
    let findings: Finding[][];
    try {
      const documents: ParsedDocument[] = [];
      for (const { parsed } of batch) documents.push(parsed);
      findings = this.#service.checkEach(documents, this.#optionsFor(batch[0].job));
    } catch {
      // A record that trips a bug of ours: checked one by one, only that record gets the internal error.
      for (const { at, job, parsed } of batch) outcomes[at] = this.#checkAlone(job, parsed);
      return;
    }
    for (let i = 0; i < batch.length; i++) {
      const { at, job, parsed } = batch[i];
      try {
        outcomes[at] = this.#result(job, parsed, findings[i]);
      } catch (error) {
        outcomes[at] = internalErrorResult(job, error);
      }
    }
  }

  #optionsFor(job: RecordJob): { severities: Severities } {
    return { severities: this.#severitiesFor(job.severities) };
  }

  /** The result of a record from its findings (none: the record is empty), filtered as the output wants. */
  #result(job: RecordJob, parsed: ParsedDocument, checked: readonly Finding[] | undefined): RecordResult {
    const study = parsed.value;
    let findings: CliFinding[];
    if (checked === undefined) {
      findings = [EMPTY_FILE_FINDING];
    } else {
      findings = [];
      // A loop, not a callback: a function made anew per record loses its compiled code at each full collection.
      for (const finding of checked)
        findings.push(shift(toCliFinding(finding, parsed.lineIndex), job.line, job.character));
    }
    const shown: CliFinding[] = [];
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const finding of findings) {
      if (!this.#shows(finding.rule, finding.severity)) continue;
      shown.push(finding);
      counts[finding.severity]++;
    }
    return { label: job.label, nctId: nctIdOf(study), findings: shown, facts: factsOf(study), counts };
  }
}

/** A slot of `checkEach`'s outcomes not yet filled. */
const PENDING = new UnreadableRecordError('not checked');

/** Nothing to check: an empty text, or one that parses to nothing without a syntax finding. */
function isEmpty(text: string, parsed: ParsedDocument): boolean {
  return text.trim() === '' || (parsed.value === undefined && parsed.syntaxFindings.length === 0);
}

/** A record that trips a bug of ours gets one `internal/error` finding; the run goes on. */
function internalErrorResult(job: RecordJob, error: unknown): RecordResult {
  return {
    label: job.label,
    nctId: undefined,
    findings: [internalErrorFinding(error)],
    facts: factsOf(undefined),
    counts: { error: 1, warning: 0, info: 0 },
  };
}

function textOf(job: RecordJob): string {
  if ('text' in job) return job.text;
  try {
    return inflateText(job.stored);
  } catch (error) {
    throw new UnreadableRecordError(
      `cannot read ${job.label}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

type Severities = Readonly<Record<string, SeverityLevel>>;
const SUPPRESSION_UNUSED = 'suppression/unused';

/**
 * `severities` with every finding id that `shows` rejects switched off, so that `--quiet` and `--rule`
 * skip the rules whose findings would be dropped, and never place those findings. The one interplay
 * between findings is a suppression comment: one whose finding is switched off reports itself as
 * unused, so when that report would be shown, nothing is switched off.
 */
export function outputOnly(severities: Severities, shows: (id: string, severity: Severity) => boolean): Severities {
  const levels = listRuleInfo('').map(({ id, severity }) => ({ id, level: severities[id] ?? severity }));
  const shown = ({ id, level }: { id: string; level: SeverityLevel }) => level !== 'off' && shows(id, level);
  if (levels.some((entry) => entry.id === SUPPRESSION_UNUSED && shown(entry))) return severities;
  const checked: Record<string, SeverityLevel> = { ...severities };
  for (const entry of levels) if (entry.level !== 'off' && !shown(entry)) checked[entry.id] = 'off';
  return checked;
}

function internalErrorFinding(error: unknown): CliFinding {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    rule: 'internal/error',
    severity: 'error',
    message:
      `Trial Record Studio failed on this record (${reason.split('\n')[0].slice(0, 200)}). ` +
      `The other records were checked; please report this.`,
    path: '',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
}

/**
 * An empty file is almost always a failed download or export, so the CLI says so (the editor stays quiet on a new
 * file).
 */
const EMPTY_FILE_FINDING: CliFinding = {
  rule: 'syntax/empty-file',
  severity: 'error',
  message: 'The file is empty: there is no record to check. Was the download or export cut short?',
  path: '',
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
};

/** `--rule design/*` keeps every design rule; `--rule schema/enum` keeps one id. */
export function ruleMatcher(patterns: readonly string[]): (rule: string) => boolean {
  if (patterns.length === 0) return () => true;
  const exact = new Set(patterns.filter((pattern) => !pattern.endsWith('*')));
  const prefixes = patterns.filter((pattern) => pattern.endsWith('*')).map((pattern) => pattern.slice(0, -1));
  return (rule) => exact.has(rule) || prefixes.some((prefix) => rule.startsWith(prefix));
}

/** Moves a position from the record's own text into the file that holds it. */
function shift(finding: CliFinding, line: number, character: number): CliFinding {
  if (line === 0 && character === 0) return finding;
  const move = (position: { line: number; character: number }) => ({
    line: position.line + line,
    character: position.line === 0 ? position.character + character : position.character,
  });
  return { ...finding, range: { start: move(finding.range.start), end: move(finding.range.end) } };
}

function field(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function nctIdOf(study: unknown): string | undefined {
  return text(field(study, 'protocolSection', 'identificationModule', 'nctId'));
}

function factsOf(study: unknown): RecordFacts {
  const phases = field(study, 'protocolSection', 'designModule', 'phases');
  return {
    sponsor: text(field(study, 'protocolSection', 'sponsorCollaboratorsModule', 'leadSponsor', 'name')),
    sponsorClass: text(field(study, 'protocolSection', 'sponsorCollaboratorsModule', 'leadSponsor', 'class')),
    status: text(field(study, 'protocolSection', 'statusModule', 'overallStatus')),
    studyType: text(field(study, 'protocolSection', 'designModule', 'studyType')),
    phases: Array.isArray(phases) ? phases.filter((phase): phase is string => typeof phase === 'string') : undefined,
  };
}
