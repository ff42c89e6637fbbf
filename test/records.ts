import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Real registry records vendored with the repository (see PROVENANCE.tsv): every clone has them. */
export const FIXTURE_RECORDS = resolve(__dirname, 'fixtures', 'records');

/** The full shared corpus of published records, checked out next to the repository as ../shared. */
export const SHARED_CORPUS = resolve(__dirname, '..', '..', 'shared', 'corpus', 'v2json');

/**
 * Whether the corpus tests read ../shared: it is checked out, and TRIAL_RECORD_NO_SHARED=1 does not
 * ask to run as a fresh clone without it would (to see that such a clone has nothing pending).
 */
export const HAS_SHARED_CORPUS = process.env.TRIAL_RECORD_NO_SHARED !== '1' && existsSync(SHARED_CORPUS);

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
  if (!HAS_SHARED_CORPUS) return vendored;
  const names = new Set(vendored.map((file) => file.name));
  return [...vendored, ...jsonFiles(SHARED_CORPUS).filter((file) => !names.has(file.name))];
}

/** Which records a corpus test ran on, for its title. */
export function recordsLabel(): string {
  return HAS_SHARED_CORPUS ? 'vendored and shared-corpus records' : 'vendored records (../shared absent)';
}

/**
 * Defines a test that needs the shared corpus only when it is checked out, so that a clone
 * without ../shared runs everything else with nothing pending (CI has it: see .ci/run).
 */
export const itWithSharedCorpus: (title: string, test: Mocha.Func) => void = HAS_SHARED_CORPUS
  ? (title, test) => void it(title, test)
  : () => undefined;
