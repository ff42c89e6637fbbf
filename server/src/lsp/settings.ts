import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import { readRuleSettings, type CheckOptions, type SeverityLevel } from '../core';

/** The server's view of the `trialRecord` settings, after defaults. */
export interface ServerSettings {
  readonly validateEnabled: boolean;
  readonly severities: Readonly<Record<string, SeverityLevel>>;
  /** What is wrong with the settings, each sentence naming the key. */
  readonly problems: readonly string[];
  /** Equal for equal settings: findings checked with one key are valid for the other. */
  readonly key: string;
}

const SECTION = 'trialRecord';
const DEFAULT_SETTINGS = toServerSettings(undefined);

/** Turns a raw `trialRecord` configuration object (possibly null or malformed) into settings; never throws. */
export function toServerSettings(raw: unknown): ServerSettings {
  const section =
    typeof raw === 'object' && raw !== null ? (raw as { validate?: { enable?: unknown }; rules?: unknown }) : {};
  const { rules, problems } = readRuleSettings(section.rules, `${SECTION}.rules`);
  const enable = section.validate?.enable;
  const validateEnabled = enable !== false;
  const enableProblem =
    enable === undefined || enable === null || typeof enable === 'boolean'
      ? []
      : [`${SECTION}.validate.enable must be true or false.`];
  const key = JSON.stringify([validateEnabled, Object.entries(rules).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]);
  return { validateEnabled, severities: rules, problems: [...enableProblem, ...problems], key };
}

/** Reads settings per document when the client supports `workspace/configuration`, else the pushed ones. */
export class SettingsStore {
  #supportsPull = false;
  #pushed: ServerSettings = DEFAULT_SETTINGS;
  readonly #cache = new Map<string, Promise<ServerSettings>>();
  readonly #resolved = new Map<string, ServerSettings>();
  readonly #reported = new Set<string>();

  constructor(private readonly connection: Connection) {}

  setSupportsPull(value: boolean): void {
    this.#supportsPull = value;
  }

  /** Called on `workspace/didChangeConfiguration`. */
  onDidChange(pushed: unknown): void {
    this.#cache.clear();
    this.#resolved.clear();
    const section =
      typeof pushed === 'object' && pushed !== null ? (pushed as Record<string, unknown>)[SECTION] : undefined;
    this.#pushed = this.#reportProblems(toServerSettings(section));
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
        .getConfiguration({ scopeUri: uri, section: SECTION })
        .then(toServerSettings, () => DEFAULT_SETTINGS)
        .then((resolved) => {
          this.#resolved.set(uri, resolved);
          return this.#reportProblems(resolved);
        });
      this.#cache.set(uri, settings);
    }
    return settings;
  }

  /** Tells the user once per distinct problem: a wrong setting is ignored, never fatal. */
  #reportProblems(settings: ServerSettings): ServerSettings {
    const fresh = settings.problems.filter((problem) => !this.#reported.has(problem));
    for (const problem of fresh) this.#reported.add(problem);
    if (fresh.length === 0) return settings;
    const message = `Trial Record settings: ${fresh.join(' ')} The wrong entries are ignored.`;
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
    return settings;
  }
}

export function toCheckOptions(
  settings: ServerSettings,
  isCancelled?: () => boolean,
  memo?: CheckOptions['memo'],
): CheckOptions {
  return { severities: settings.severities, isCancelled, memo };
}
