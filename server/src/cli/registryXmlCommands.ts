/** `trial-record export <file> --to prs-xml` and `trial-record import <file.xml>`: the registry's XML round trip. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { createTrialRecordService, systemClock, type RegistryXmlFinding, type RegistryXmlSettings } from '../core';
import { CONFIG_FILE_NAME } from './config';
import { parseConvertArgs } from './convertArgs';
import { EXIT, UsageError, type CliIo } from './io';

export const IMPORT_USAGE = `Usage: trial-record import <file.xml> [-o <out.trial.yaml>] [--to yaml|json]

Reads a registry XML record, either the PRS upload/download XML (study_collection /
clinical_study, with results) or the classic public XML (clinical_study as ClinicalTrials.gov
served it before API v2), and writes it as a v2 record: YAML (default) or JSON, keys in the
registry's module order. What could not be mapped is listed on stderr.`;

/** The registry values a record does not hold, from the nearest .trialrecordrc.json ("registry": {"orgName": …}). */
export function registrySettingsFor(file: string): { settings: RegistryXmlSettings; problem?: string } {
  let folder = dirname(resolve(file));
  for (;;) {
    const candidate = join(folder, CONFIG_FILE_NAME);
    if (existsSync(candidate)) {
      try {
        const registry = (JSON.parse(readFileSync(candidate, 'utf8')) as { registry?: { orgName?: unknown } }).registry;
        const orgName = typeof registry?.orgName === 'string' ? registry.orgName : undefined;
        return { settings: { orgName } };
      } catch (error) {
        return { settings: {}, problem: `${candidate}: ${error instanceof Error ? error.message : String(error)}` };
      }
    }
    const parent = dirname(folder);
    if (parent === folder) return { settings: {} };
    folder = parent;
  }
}

function printFindings(io: CliIo, file: string, findings: readonly RegistryXmlFinding[]): void {
  for (const finding of findings) {
    const where = finding.pointer !== '' ? finding.pointer : (finding.element ?? '');
    io.stderr(`${file}: ${finding.severity} ${finding.ruleId} ${where}: ${finding.message}\n`);
  }
}

function exitFor(findings: readonly RegistryXmlFinding[]): number {
  return findings.some((finding) => finding.severity === 'error') ? EXIT.findings : EXIT.ok;
}

/** Writes a parsed record as PRS upload XML; export findings go to stderr. */
export function exportPrsXml(file: string, record: unknown, output: string | undefined, io: CliIo): number {
  const { settings, problem } = registrySettingsFor(file);
  if (problem) io.stderr(`trial-record: ${problem}\n`);
  const result = createTrialRecordService({ clock: systemClock }).exportRegistryXml(record, settings);
  printFindings(io, file, result.findings);
  if (result.xml === '') return EXIT.findings;
  if (output) writeFileSync(output, result.xml);
  else io.stdout(result.xml);
  return exitFor(result.findings);
}

export function importCommand(argv: readonly string[], io: CliIo): number {
  const args = parseConvertArgs(argv, IMPORT_USAGE, io);
  if (!args) return EXIT.ok;
  if (args.files.length !== 1) throw new UsageError('Name exactly one XML file to import.');
  const format = args.to ?? (args.output?.endsWith('.json') ? 'json' : 'yaml');
  if (format !== 'json' && format !== 'yaml')
    throw new UsageError('Say which format to write: --to yaml or --to json.');
  const [file] = args.files;
  const result = createTrialRecordService({ clock: systemClock }).importRegistryXml(readFileSync(file, 'utf8'));
  printFindings(io, file, result.findings);
  if (!result.record) return EXIT.findings;
  const output =
    format === 'json' ? JSON.stringify(result.record, null, 2) + '\n' : stringify(result.record, { lineWidth: 0 });
  if (args.output) writeFileSync(args.output, output);
  else io.stdout(output);
  return exitFor(result.findings);
}
