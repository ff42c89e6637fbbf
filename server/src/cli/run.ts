import { CHECK_USAGE, checkCommand } from './checkCommand';
import { exportCommand } from './exportCommand';
import { fixCommand } from './fixCommand';
import { importCommand } from './registryXmlCommands';
import { renderCommand } from './render';
import { reportCommand } from './reportCommand';
import { EXIT, UsageError, type CliIo } from './io';
import { rulesCommand } from './rulesCommand';

const USAGE = `Usage: trial-record <command> [options]

Commands:
  check <inputs>...             report schema and consistency findings
  fix <files or folders>...     apply the safe fixes in place
  render <file> [-o out.html]   write the record as a standalone HTML page
  report <inputs>... -o x.html  an overview page (or --format csv) of many records
  export <file> --to json|yaml  convert between the registry JSON and YAML
  export <file> --to prs-xml    write the registry's PRS upload XML
  import <file.xml>             read registry XML (PRS or classic public) as a v2 record
  rules [--format json]         list every rule

Run "trial-record <command> --help" for a command's options.

${CHECK_USAGE}`;

type Command = (argv: readonly string[], io: CliIo) => number | Promise<number>;

const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  export: exportCommand,
  fix: fixCommand,
  import: importCommand,
  render: renderCommand,
  report: reportCommand,
  rules: rulesCommand,
};

/** Runs the CLI; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE + '\n');
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-v') {
    io.stdout('0.1.0\n');
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`trial-record: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}.\n`);
    return EXIT.usage;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const isUsage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    io.stderr(`trial-record: ${message}${isUsage ? `\nRun "trial-record ${name} --help" for usage.` : ''}\n`);
    return EXIT.usage;
  }
}
