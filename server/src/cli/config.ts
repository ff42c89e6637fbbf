import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { parseConfig, type SeverityLevel } from '../core';

/** The CLI's configuration file, looked up from the record's folder upwards. */
export const CONFIG_FILE_NAME = '.trialrecordrc.json';
/** A config file is a few lines of JSON; anything bigger is not one. */
const MAX_CONFIG_BYTES = 256 * 1024;

export interface LoadedConfig {
  readonly path?: string;
  readonly severities: Readonly<Record<string, SeverityLevel>>;
  readonly problems: readonly string[];
}

const NO_CONFIG: LoadedConfig = { severities: {}, problems: [] };

/**
 * Finds and reads the nearest config file for a record; caches per folder. The search
 * stops at the repository root (the folder holding `.git`), or, outside a repository, at
 * the working folder: a config file in a shared parent folder (a home or network share)
 * must not switch rules off for records it does not belong to. The file is data only
 * (JSON, validated; problems are reported with its path).
 */
export class ConfigLocator {
  readonly #byFolder = new Map<string, LoadedConfig>();

  constructor(private readonly cwd: string = process.cwd()) {}

  forFile(file: string): LoadedConfig {
    const folder = dirname(resolve(file));
    return this.#forFolder(folder, this.#searchRoot(folder));
  }

  /**
   * The last folder searched: the repository root, else the working folder (when the record is under it), else the
   * record's own folder.
   */
  #searchRoot(folder: string): string {
    for (let current = folder; ; current = dirname(current)) {
      if (existsSync(join(current, '.git'))) return current;
      if (dirname(current) === current) break;
    }
    const fromCwd = relative(resolve(this.cwd), folder);
    const isUnderCwd = fromCwd === '' || (!fromCwd.startsWith('..') && !isAbsolute(fromCwd));
    return isUnderCwd ? resolve(this.cwd) : folder;
  }

  #forFolder(folder: string, root: string): LoadedConfig {
    const cacheKey = `${folder}\0${root}`;
    const cached = this.#byFolder.get(cacheKey);
    if (cached) return cached;
    const candidate = join(folder, CONFIG_FILE_NAME);
    const parent = dirname(folder);
    let config: LoadedConfig;
    if (existsSync(candidate)) {
      config = readConfig(candidate);
    } else {
      config = folder === root || parent === folder ? NO_CONFIG : this.#forFolder(parent, root);
    }
    this.#byFolder.set(cacheKey, config);
    return config;
  }
}

function readConfig(path: string): LoadedConfig {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { path, severities: {}, problems: [`${path}: not a file; ignored.`] };
    if (stat.size > MAX_CONFIG_BYTES)
      return {
        path,
        severities: {},
        problems: [`${path}: ${stat.size} bytes is too large for a config file; ignored.`],
      };
    const { rules, problems } = parseConfig(readFileSync(path, 'utf8'));
    return { path, severities: rules, problems: problems.map((problem) => `${path}: ${problem}`) };
  } catch (error) {
    return {
      path,
      severities: {},
      problems: [`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); ignored.`],
    };
  }
}
