// Writes l10n/bundle.l10n.json: every string the client passes to `vscode.l10n.t('…')`, keyed by
// itself (VS Code's format; translators copy it to bundle.l10n.<language>.json). The meta test
// fails when it is stale: run `npm run generate`.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The strings of `l10n.t('…')` calls (single-quoted literals, as the client writes them), sorted. */
export function clientMessages(): Record<string, string> {
  const messages = new Map<string, string>();
  for (const file of sourceFiles(join(root, 'client', 'src'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) {
      const text = match[1].replace(/\\(.)/g, '$1');
      messages.set(text, text);
    }
  }
  return Object.fromEntries([...messages].sort(([a], [b]) => a.localeCompare(b)));
}

export const BUNDLE = join(root, 'l10n', 'bundle.l10n.json');

if (require.main === module) {
  mkdirSync(join(root, 'l10n'), { recursive: true });
  writeFileSync(BUNDLE, JSON.stringify(clientMessages(), null, 2) + '\n');
  console.log(`l10n/bundle.l10n.json: ${Object.keys(clientMessages()).length} strings`);
}
