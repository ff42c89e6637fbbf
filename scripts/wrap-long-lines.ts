// `npm run wrap-lines [-- files…]`: breaks every line over 120 characters in the tracked .ts/.mts/.mjs/.js files
// (issue #10) without changing what the program does: long string and template literals become concatenations
// (or, inside multi-line templates, backslash-newline continuations), long comments are re-wrapped, trailing
// comments move above their line. Prettier then lays the files out. It lists what it leaves (regexes, URLs,
// l10n.t messages, which must stay one literal …) and why. Running it twice changes nothing the second time.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as prettier from 'prettier';
import { linesOf, MAX_WIDTH, widthOf } from './long-lines/lines';
import { wrapSource, type Format, type LeftLine } from './long-lines/wrapSource';

const root = join(__dirname, '..');

function trackedSources(): string[] {
  const listed = execFileSync('git', ['ls-files', '*.ts', '*.mts', '*.mjs', '*.js'], { cwd: root, encoding: 'utf8' });
  return listed.split('\n').filter(Boolean);
}

function longLineCount(text: string): number {
  return linesOf(text).filter((line) => widthOf(line.text) > MAX_WIDTH).length;
}

async function prettierFor(path: string): Promise<Format | undefined> {
  const info = await prettier.getFileInfo(path, { ignorePath: join(root, '.prettierignore') });
  if (info.ignored) return undefined;
  const options = await prettier.resolveConfig(path);
  return (text) => prettier.format(text, { ...options, filepath: path });
}

async function main(): Promise<void> {
  const requested = process.argv.slice(2).map((path) => relative(root, join(process.cwd(), path)));
  const files = requested.length > 0 ? requested : trackedSources();
  let before = 0;
  let changed = 0;
  const left: (LeftLine & { file: string })[] = [];
  for (const file of files) {
    const path = join(root, file);
    const text = readFileSync(path, 'utf8');
    const count = longLineCount(text);
    if (count === 0) continue;
    before += count;
    const outcome = await wrapSource(text, file, await prettierFor(path));
    if (outcome.text !== text) {
      writeFileSync(path, outcome.text);
      changed++;
    }
    left.push(...outcome.left.map((line) => ({ ...line, file })));
  }
  for (const line of left) console.log(`${line.file}:${line.line} (${line.width}): ${line.reason}`);
  console.log(`${before} lines over ${MAX_WIDTH} characters; ${changed} files changed; ${left.length} lines left.`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
