import { readFileSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { createTrialRecordService, formatOfPath, systemClock } from '../core';
import { parseConvertArgs } from './convertArgs';
import { EXIT, UsageError, type CliIo } from './io';
import { exportPrsXml } from './registryXmlCommands';

export const EXPORT_USAGE = `Usage: trial-record export <file> --to json|yaml|prs-xml [-o <out>]

Writes the record in the other format: JSON in the registry's API v2 study shape (as
downloaded from ClinicalTrials.gov), or YAML for editing. Comments are not carried over.
--to prs-xml writes the registry's PRS upload XML (ProtocolRecordSchema.xsd, results as
rrs:result) and lists on stderr every value the XML cannot hold; the PRS organisation name
comes from "registry": {"orgName": "…"} in .trialrecordrc.json.
Refuses records with syntax errors.`;

export function exportCommand(argv: readonly string[], io: CliIo): number {
  const args = parseConvertArgs(argv, EXPORT_USAGE, io);
  if (!args) return EXIT.ok;
  if (args.files.length !== 1) throw new UsageError('Name exactly one record file to export.');
  if (args.to !== 'json' && args.to !== 'yaml' && args.to !== 'prs-xml')
    throw new UsageError('Say which format to export to: --to json, --to yaml or --to prs-xml.');
  const [file] = args.files;
  const text = readFileSync(file, 'utf8');
  const parsed = createTrialRecordService({ clock: systemClock }).parse(text, formatOfPath(file));
  if (parsed.syntaxFindings.length > 0) {
    const first = parsed.syntaxFindings[0];
    const where = parsed.lineIndex.positionAt(first.span?.start ?? 0);
    io.stderr(
      `trial-record: ${file}:${where.line + 1}:${where.character + 1}: ` +
        `${first.message} Fix the syntax before exporting.\n`,
    );
    return EXIT.findings;
  }
  if (args.to === 'prs-xml') return exportPrsXml(file, parsed.value, args.output, io);
  const output =
    args.to === 'json'
      ? JSON.stringify(parsed.value ?? {}, null, 2) + '\n'
      : stringify(parsed.value ?? {}, { lineWidth: 0 });
  if (args.output) writeFileSync(args.output, output);
  else io.stdout(output);
  return EXIT.ok;
}
