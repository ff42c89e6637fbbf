import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import picomatch from 'picomatch';

/** Record files in a folder: authored records and registry downloads. */
export const RECORD_FILE = /(\.trial\.(ya?ml|json)|^NCT\d+\.json)$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** How a named input is read. */
export type InputKind = 'record' | 'collection' | 'zip' | 'stdin';

export interface InputFile {
  readonly path: string;
  readonly kind: InputKind;
  readonly size: number;
}

export interface CollectedInputs {
  readonly inputs: InputFile[];
  /** Paths that could not be used, with the reason (`cannot read x: …`). */
  readonly problems: { readonly label: string; readonly message: string }[];
  /** Things skipped on purpose, worth a line on stderr (symbolic link loops). */
  readonly notices: string[];
}

/** The kind of a file the user named: archives, lists of records, or one record. */
export function kindOfFile(path: string): InputKind {
  const name = path.split(/[\\/]/).pop() ?? path;
  if (/\.zip$/i.test(name)) return 'zip';
  if (RECORD_FILE.test(name)) return 'record';
  if (/\.(json|jsonl|ndjson)$/i.test(name)) return 'collection';
  return 'record';
}

/**
 * Expands what the user named into inputs: `-` is standard input, folders are walked for
 * record files (sorted, symbolic links followed once), glob patterns are expanded, and files
 * are kept as given.
 */
export function collectInputs(names: readonly string[], cwd: string): CollectedInputs {
  const collected: CollectedInputs = { inputs: [], problems: [], notices: [] };
  for (const name of names) {
    if (name === '-') {
      collected.inputs.push({ path: '-', kind: 'stdin', size: 0 });
      continue;
    }
    let stats: Stats;
    try {
      stats = statSync(resolve(cwd, name));
    } catch (error) {
      if (picomatch.scan(name).isGlob) {
        const before = collected.inputs.length;
        expandGlob(name, cwd, collected);
        if (collected.inputs.length === before)
          collected.problems.push({ label: name, message: `cannot read ${name}: no file matches this pattern` });
        continue;
      }
      const reason =
        (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (error as Error).message;
      collected.problems.push({ label: name, message: `cannot read ${name}: ${reason}` });
      continue;
    }
    if (stats.isDirectory()) walk(name, cwd, collected, new Set([realpath(resolve(cwd, name))]));
    else collected.inputs.push({ path: name, kind: kindOfFile(name), size: stats.size });
  }
  return collected;
}

/** Files matching a glob pattern, found by walking the folder before its first wildcard. */
function expandGlob(pattern: string, cwd: string, collected: CollectedInputs): void {
  const { base } = picomatch.scan(pattern);
  const isMatch = picomatch(pattern, { dot: false });
  const visit = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(resolve(cwd, folder || '.'), { withFileTypes: true }).sort((a, b) =>
        a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
      );
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = folder ? join(folder, entry.name) : entry.name;
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) visit(path);
      else if ((entry.isFile() || entry.isSymbolicLink()) && isMatch(path.split('\\').join('/')))
        addFile(collected, path, cwd);
    }
  };
  visit(base);
}

function addFile(collected: CollectedInputs, path: string, cwd: string): void {
  try {
    collected.inputs.push({ path, kind: kindOfFile(path), size: statSync(resolve(cwd, path)).size });
  } catch (error) {
    collected.problems.push({ label: path, message: `cannot read ${path}: ${(error as Error).message}` });
  }
}

function walk(folder: string, cwd: string, collected: CollectedInputs, seen: Set<string>): void {
  let entries;
  try {
    entries = readdirSync(resolve(cwd, folder), { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  } catch (error) {
    collected.problems.push({ label: folder, message: `cannot read folder ${folder}: ${(error as Error).message}` });
    return;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = statSync(resolve(cwd, path));
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch {
        if (RECORD_FILE.test(entry.name))
          collected.problems.push({ label: path, message: `cannot read ${path}: the symbolic link points to nothing` });
        continue;
      }
    }
    if (isDirectory && !SKIPPED_FOLDERS.has(entry.name)) {
      const real = realpath(resolve(cwd, path));
      if (seen.has(real)) {
        collected.notices.push(`skipped ${path}: this symbolic link leads back to a folder already being checked`);
        continue;
      }
      walk(path, cwd, collected, new Set([...seen, real]));
    } else if (isFile && RECORD_FILE.test(entry.name)) {
      addFile(collected, path, cwd);
    }
  }
}

function realpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Files named or found under folders, for commands that read record files only (`fix`). */
export function collectRecordFiles(inputs: readonly string[]): { files: string[]; missing: string[] } {
  const { inputs: found, problems } = collectInputs(inputs, process.cwd());
  return {
    files: found.filter((input) => input.kind !== 'stdin').map((input) => input.path),
    missing: problems.map((problem) => problem.label),
  };
}
