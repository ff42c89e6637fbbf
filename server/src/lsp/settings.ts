import type { Connection } from 'vscode-languageserver';
import type { CheckOptions } from '../core';
import type { SeverityLevel } from '../core/types';

/** The server's view of the `trialRecord` settings, after defaults. */
export interface ServerSettings {
  readonly validateEnabled: boolean;
  readonly severities: Readonly<Record<string, SeverityLevel>>;
}

const DEFAULT_SETTINGS: ServerSettings = { validateEnabled: true, severities: {} };
const LEVELS = new Set(['off', 'info', 'warning', 'error', 'hint']);

/** Turns a raw `trialRecord` configuration object (possibly null or malformed) into settings. */
export function toServerSettings(raw: unknown): ServerSettings {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_SETTINGS;
  const section = raw as { validate?: { enable?: unknown }; rules?: unknown };
  const severities: Record<string, SeverityLevel> = {};
  if (typeof section.rules === 'object' && section.rules !== null) {
    for (const [id, level] of Object.entries(section.rules)) {
      if (typeof level === 'string' && LEVELS.has(level)) severities[id] = level as SeverityLevel;
    }
  }
  return { validateEnabled: section.validate?.enable !== false, severities };
}

/** Reads settings per document when the client supports `workspace/configuration`, else the pushed ones. */
export class SettingsStore {
  #supportsPull = false;
  #pushed: ServerSettings = DEFAULT_SETTINGS;
  readonly #cache = new Map<string, Promise<ServerSettings>>();
  readonly #resolved = new Map<string, ServerSettings>();

  constructor(private readonly connection: Connection) {}

  setSupportsPull(value: boolean): void {
    this.#supportsPull = value;
  }

  /** Called on `workspace/didChangeConfiguration`. */
  onDidChange(pushed: unknown): void {
    this.#cache.clear();
    this.#resolved.clear();
    const section = typeof pushed === 'object' && pushed !== null ? (pushed as { trialRecord?: unknown }).trialRecord : undefined;
    this.#pushed = toServerSettings(section);
  }

  /** The settings last read for a document, or the defaults; for handlers that cannot wait. */
  peek(uri: string): ServerSettings {
    return this.#resolved.get(uri) ?? this.#pushed;
  }

  forget(uri: string): void {
    this.#resolved.delete(uri);
    this.#cache.delete(uri);
  }

  get(uri: string): Promise<ServerSettings> {
    if (!this.#supportsPull) return Promise.resolve(this.#pushed);
    let settings = this.#cache.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'trialRecord' })
        .then(toServerSettings, () => DEFAULT_SETTINGS)
        .then((resolved) => {
          this.#resolved.set(uri, resolved);
          return resolved;
        });
      this.#cache.set(uri, settings);
    }
    return settings;
  }
}

export function toCheckOptions(settings: ServerSettings, isCancelled?: () => boolean): CheckOptions {
  return { severities: settings.severities, isCancelled };
}
