import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createTrialRecordService, formatOfPath, systemClock } from '../core';
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
  const configs = new ConfigLocator();
  let errorsLeft = false;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const checkOptions = { severities: configs.forFile(file).severities };
    const doc = service.parse(text, formatOfPath(file));
    const edits = service.fixAll(doc, { checkOptions });
    const fixed = edits.length > 0 ? service.applyEdits(text, edits) : text;
    const remaining = service.check(service.parse(fixed, doc.format), checkOptions);
    errorsLeft ||= remaining.some((finding) => finding.severity === 'error');
    if (fixed === text) {
      io.stdout(`${file}: nothing to fix safely (${remaining.length} findings)\n`);
      continue;
    }
    if (!values['dry-run']) writeFileSync(file, fixed);
    io.stdout(`${file}: ${values['dry-run'] ? 'would apply' : 'applied'} ${edits.length} edits; ${remaining.length} findings left\n`);
  }
  if (missing.length > 0) return EXIT.usage;
  return errorsLeft ? EXIT.findings : EXIT.ok;
}
