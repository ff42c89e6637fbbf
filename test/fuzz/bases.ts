import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BaseRecord } from './mutate';

/** The vendored real records every fuzz run starts from. */
export const FIXTURE_RECORDS = join(__dirname, '../fixtures/records');

/** The `*.json` records of `dirs` (missing folders skipped), in a stable order so cases replay. */
export function loadBases(dirs: readonly string[], limit = Infinity): BaseRecord[] {
  const bases: BaseRecord[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .sort()) {
      if (bases.length >= limit) return bases;
      bases.push({ name, value: JSON.parse(readFileSync(join(dir, name), 'utf8')) });
    }
  }
  return bases;
}

/** The bases of a long run: the vendored records, then those of `--corpus` folders. */
export function fuzzBases(corpus: readonly string[]): BaseRecord[] {
  return loadBases([FIXTURE_RECORDS, ...corpus]);
}
