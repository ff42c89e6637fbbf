import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Real registry records vendored with the repository (see PROVENANCE.tsv): every clone has them. */
export const FIXTURE_RECORDS = resolve(__dirname, 'fixtures', 'records');

/** The full shared corpus of published records, checked out next to the repository as ../shared. */
export const SHARED_CORPUS = resolve(__dirname, '..', '..', 'shared', 'corpus', 'v2json');

export interface RecordFile {
  readonly name: string;
  readonly path: string;
}

function jsonFiles(folder: string): RecordFile[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, path: join(folder, name) }));
}

/**
 * The records the corpus tests run on: the vendored ones always, plus the shared corpus when
 * it is present (CI provides it; `.ci/run` fails when it is expected and missing).
 */
export function recordFiles(): RecordFile[] {
  const vendored = jsonFiles(FIXTURE_RECORDS);
  if (!existsSync(SHARED_CORPUS)) return vendored;
  const names = new Set(vendored.map((file) => file.name));
  return [...vendored, ...jsonFiles(SHARED_CORPUS).filter((file) => !names.has(file.name))];
}

/** Which records a corpus test ran on, for its title. */
export function recordsLabel(): string {
  return existsSync(SHARED_CORPUS) ? 'vendored and shared-corpus records' : 'vendored records (../shared absent)';
}

/**
 * Defines a test that needs the shared corpus only when it is checked out, so that a clone
 * without ../shared runs everything else with nothing pending (CI has it: see .ci/run).
 */
export const itWithSharedCorpus: (title: string, test: Mocha.Func) => void = existsSync(SHARED_CORPUS)
  ? (title, test) => void it(title, test)
  : () => undefined;
