import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Record files in a folder: authored records and registry downloads. */
export const RECORD_FILE = /(\.trial\.(ya?ml|json)|^NCT\d+\.json)$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** Expands folders into the record files under them (sorted); files are kept as given. */
export function collectRecordFiles(inputs: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    let stats;
    try {
      stats = statSync(input);
    } catch {
      missing.push(input);
      continue;
    }
    if (stats.isDirectory()) files.push(...walk(input));
    else files.push(input);
  }
  return { files, missing };
}

function walk(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) found.push(...walk(path));
    else if (entry.isFile() && RECORD_FILE.test(entry.name)) found.push(path);
  }
  return found;
}
