import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { countFindings, createTrialRecordService, formatOfPath, summaryText, systemClock } from '../core';
import { EXIT } from './io';

export const RENDER_USAGE = `Usage: trial-record render <file> [-o <out.html>] [--title <text>]

Writes the record as a standalone HTML page that reads like the registry page, with the
checker's findings beside the sections they concern. Without -o the page goes to stdout.
The page has no scripts and loads nothing; it prints well and follows light/dark mode.`;

/** What the render command touches; CliIo fits, and tests inject files in memory. */
export interface RenderIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Relative paths resolve against it (default: the process's working directory). */
  readonly cwd?: string;
  readonly readFile?: (path: string) => Promise<string>;
  readonly writeFile?: (path: string, text: string) => Promise<void>;
}

/** `trial-record render <file> [-o out.html]`: returns the exit code (0 written, 2 usage or I/O error). */
export async function renderCommand(args: readonly string[], io: RenderIo): Promise<number> {
  let parsedArgs;
  try {
    parsedArgs = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        title: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(`trial-record render: ${error instanceof Error ? error.message : String(error)}\n${RENDER_USAGE}\n`);
    return EXIT.usage;
  }
  const { values, positionals } = parsedArgs;
  if (values.help) {
    io.stdout(RENDER_USAGE + '\n');
    return EXIT.ok;
  }
  if (positionals.length !== 1) {
    io.stderr(`trial-record render: name exactly one record file.\n${RENDER_USAGE}\n`);
    return EXIT.usage;
  }
  const file = positionals[0] ?? '';
  const read = io.readFile ?? ((path: string) => readFile(path, 'utf8'));
  const write = io.writeFile ?? ((path: string, text: string) => writeFile(path, text, 'utf8'));
  const at = (path: string): string => resolve(io.cwd ?? process.cwd(), path);

  let text: string;
  try {
    text = await read(at(file));
  } catch (error) {
    io.stderr(`trial-record render: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.usage;
  }
  const service = createTrialRecordService({ clock: systemClock });
  const parsed = service.parse(text, formatOfPath(file));
  const findings = service.check(parsed);
  const page = service.renderPage(parsed, findings, { title: values.title });

  if (values.output === undefined) {
    io.stdout(page);
    return EXIT.ok;
  }
  try {
    await write(at(values.output), page);
  } catch (error) {
    io.stderr(
      `trial-record render: cannot write ${values.output}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return EXIT.usage;
  }
  io.stdout(`${file} → ${values.output} (${summaryText(countFindings(findings))})\n`);
  return EXIT.ok;
}
