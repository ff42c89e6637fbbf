import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseConfig, type SeverityLevel } from '../core';

/** The CLI's configuration file, looked up from the record's folder upwards. */
export const CONFIG_FILE_NAME = '.trialrecordrc.json';

export interface LoadedConfig {
  readonly path?: string;
  readonly severities: Readonly<Record<string, SeverityLevel>>;
  readonly problems: readonly string[];
}

/** Finds and reads the nearest config file for a record; caches per folder. */
export class ConfigLocator {
  readonly #byFolder = new Map<string, LoadedConfig>();

  forFile(file: string): LoadedConfig {
    return this.#forFolder(dirname(resolve(file)));
  }

  #forFolder(folder: string): LoadedConfig {
    const cached = this.#byFolder.get(folder);
    if (cached) return cached;
    const candidate = join(folder, CONFIG_FILE_NAME);
    const parent = dirname(folder);
    let config: LoadedConfig;
    if (existsSync(candidate)) {
      const { rules, problems } = parseConfig(readFileSync(candidate, 'utf8'));
      config = { path: candidate, severities: rules, problems: problems.map((problem) => `${candidate}: ${problem}`) };
    } else {
      config = parent === folder ? { severities: {}, problems: [] } : this.#forFolder(parent);
    }
    this.#byFolder.set(folder, config);
    return config;
  }
}
