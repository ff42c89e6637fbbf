import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  createTrialRecordService,
  formatOfPath,
  systemClock,
  type CheckOptions,
  type Finding,
  type RecordFormat,
  type TrialRecordService,
} from '../core';
import { ConfigLocator } from './config';
import { collectRecordFiles } from './files';
import { EXIT, UsageError, type CliIo } from './io';

export const FIX_USAGE = `Usage: trial-record fix <files or folders>... [--dry-run]

Applies every safe fix (the ones fix-all applies in the editor) and writes the files back.
Comments, quoting and indentation are kept. Unsafe fixes are never applied here: review
them in the editor. --dry-run prints what would change without writing.

Exit code: 0 no error left, 1 errors remain, 2 usage or file errors.`;

export function fixCommand(argv: readonly string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    io.stdout(FIX_USAGE + '\n');
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('Name at least one record file or folder to fix.');
  const { files, missing } = collectRecordFiles(positionals);
  for (const path of missing) io.stderr(`trial-record: cannot read ${path}: no such file or folder\n`);
  const service = createTrialRecordService({ clock: systemClock });
  const configs = new ConfigLocator(io.cwd);
  let errorsLeft = false;
  let fileFailed = false;
  for (const file of files) {
    try {
      const checkOptions = { severities: configs.forFile(file).severities };
      const text = readFileSync(file, 'utf8');
      const { fixed, edits, remaining } = fixUntilStable(service, text, formatOfPath(file), checkOptions);
      errorsLeft ||= remaining.some((finding) => finding.severity === 'error');
      if (fixed === text) {
        io.stdout(`${file}: nothing to fix safely (${remaining.length} findings)\n`);
        continue;
      }
      if (!values['dry-run']) writeAtomically(file, fixed);
      io.stdout(
        `${file}: ${values['dry-run'] ? 'would apply' : 'applied'} ${edits} edits; ${remaining.length} findings left\n`,
      );
    } catch (error) {
      // One unwritable, vanished or unreadable file: one clear line, and the other files are still fixed.
      fileFailed = true;
      io.stderr(`trial-record: cannot fix ${file}: ${describeFileError(error)}\n`);
    }
  }
  if (missing.length > 0 || fileFailed) return EXIT.usage;
  return errorsLeft ? EXIT.findings : EXIT.ok;
}

/** Passes of fix-all: each pass re-checks, so a fix that reveals another is applied too. */
const MAX_PASSES = 10;

/**
 * Applies fix-all until a pass changes nothing, so a second `fix` run finds nothing to do.
 * A pass that would break the syntax is not applied (fix-all refuses it), so this ends.
 */
export function fixUntilStable(
  service: TrialRecordService,
  text: string,
  format: RecordFormat,
  checkOptions: CheckOptions,
): { fixed: string; edits: number; remaining: Finding[] } {
  let current = text;
  let edits = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const doc = service.parse(current, format);
    const planned = service.fixAll(doc, { checkOptions });
    if (planned.length === 0) break;
    const next = service.applyEdits(current, planned);
    if (next === current) break;
    current = next;
    edits += planned.length;
  }
  return { fixed: current, edits, remaining: service.check(service.parse(current, format), checkOptions) };
}

/**
 * Writes through a temporary file in the same folder and renames it over the record, so an
 * interrupted run leaves the old record or the new one, never half of one. Keeps the mode.
 */
function writeAtomically(file: string, text: string): void {
  const mode = statSync(file).mode;
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, { mode });
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM')
    return 'permission denied (the file or its folder is not writable); it was left unchanged.';
  if (code === 'ENOENT') return 'the file disappeared during the run.';
  if (code === 'EISDIR') return 'this is a folder, not a record file.';
  if (code === 'EROFS') return 'the file system is read-only; it was left unchanged.';
  return `${error instanceof Error ? error.message.split('\n')[0] : String(error)}; it was left unchanged.`;
}
