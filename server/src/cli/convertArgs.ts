import { parseArgs } from 'node:util';
import type { CliIo } from './io';

/** What `export` and `import` are asked: the files named, `--to <format>` and `-o <out>`. */
export interface ConvertArgs {
  readonly files: readonly string[];
  readonly to?: string;
  readonly output?: string;
}

/** Reads the arguments `export` and `import` share; undefined once `-h` has printed the usage. */
export function parseConvertArgs(argv: readonly string[], usage: string, io: CliIo): ConvertArgs | undefined {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      to: { type: 'string' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(usage + '\n');
    return undefined;
  }
  return { files: positionals, to: values.to, output: values.output };
}
