import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const SERVER_BUNDLE = join(__dirname, '../../dist/server.js');

/** A minimal LSP client over stdio, as any editor would talk to `trial-record-language-server --stdio`. */
export class TestLspClient {
  readonly connection: MessageConnection;
  readonly #process: ChildProcess;
  readonly #diagnostics: PublishDiagnosticsParams[] = [];
  readonly #waiters: {
    predicate: (params: PublishDiagnosticsParams) => boolean;
    resolve: (params: PublishDiagnosticsParams) => void;
  }[] = [];
  stderr = '';
  /** What the client answers to `workspace/configuration` for the `trialRecord` section (null: unset). */
  configuration: unknown;
  /** `window/showMessage` notifications received so far. */
  readonly messages: { type: number; message: string }[] = [];

  /** `nodeFlags`: Node options to start the server with, e.g. the extension's SERVER_NODE_FLAGS. */
  constructor(options: { configuration?: unknown; nodeFlags?: readonly string[] } = {}) {
    this.configuration = options.configuration ?? null;
    this.#process = spawn(process.execPath, [...(options.nodeFlags ?? []), SERVER_BUNDLE, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.#process.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.connection = createMessageConnection(
      new StreamMessageReader(this.#process.stdout!),
      new StreamMessageWriter(this.#process.stdin!),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.#diagnostics.push(params);
      for (const waiter of [...this.#waiters]) {
        if (waiter.predicate(params)) {
          this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
    // Answers workspace/configuration like a client whose settings are unset (null), or as given.
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      params.items.map(() => this.configuration),
    );
    this.connection.onNotification(
      'window/showMessage',
      (params: { type: number; message: string }) => void this.messages.push(params),
    );
    this.connection.onNotification(() => undefined);
    this.connection.listen();
  }

  /** The server's process id (for memory readings). */
  get pid(): number | undefined {
    return this.#process.pid;
  }

  /** Resolves with the server's exit code once it has exited. */
  exited(): Promise<number | null> {
    if (this.#process.exitCode !== null) return Promise.resolve(this.#process.exitCode);
    return new Promise((resolve) => this.#process.once('exit', (code) => resolve(code)));
  }

  async initialize(): Promise<InitializeResult> {
    const result = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: { configuration: true },
        textDocument: { publishDiagnostics: { versionSupport: true } },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version, text },
    });
  }

  change(uri: string, version: number, changes: unknown[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: changes,
    });
  }

  /** Changes the settings the way VS Code does for a pull client: a notification, then the server asks again. */
  changeConfiguration(configuration: unknown): Promise<void> {
    this.configuration = configuration;
    return this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  /** Resolves with the first diagnostics published for `uri` (at `version`, when given); rejects after a timeout. */
  diagnostics(uri: string, version?: number, timeoutMs = 10_000): Promise<Diagnostic[]> {
    const matches = (params: PublishDiagnosticsParams) =>
      params.uri === uri && (version === undefined || params.version === version);
    const earlier = this.#diagnostics.find(matches);
    if (earlier) return Promise.resolve(earlier.diagnostics);
    return this.#waitFor(matches, `${uri} v${version}`, timeoutMs);
  }

  /** Resolves with the next diagnostics published for `uri` from now on, whatever the version. */
  nextDiagnostics(uri: string, timeoutMs = 10_000): Promise<Diagnostic[]> {
    return this.#waitFor((params) => params.uri === uri, `${uri} (next)`, timeoutMs);
  }

  #waitFor(
    matches: (params: PublishDiagnosticsParams) => boolean,
    what: string,
    timeoutMs: number,
  ): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`No diagnostics for ${what} within ${timeoutMs} ms. Server stderr: ${this.stderr}`)),
        timeoutMs,
      );
      this.#waiters.push({
        predicate: matches,
        resolve: (params) => {
          clearTimeout(timer);
          resolve(params.diagnostics);
        },
      });
    });
  }

  /** Every diagnostics notification received so far, in order. */
  get published(): readonly PublishDiagnosticsParams[] {
    return this.#diagnostics;
  }

  async shutdown(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      this.#process.kill();
    }
  }
}

interface ServerPerTestOptions {
  /** Runs after `initialize`, before each test (open a record, check the capabilities …). */
  readonly setUp?: (client: TestLspClient, initialized: InitializeResult) => Promise<void> | void;
  /** For tests that may leave the server dead or hung: a failed shutdown does not fail the test. */
  readonly ignoreShutdownErrors?: boolean;
  /** Node options to start the server with, e.g. the extension's SERVER_NODE_FLAGS. */
  readonly nodeFlags?: readonly string[];
}

/** Hooks for a `describe`: a fresh, initialized server per test; returns the current client. */
export function serverPerTest(options: ServerPerTestOptions = {}): () => TestLspClient {
  let client: TestLspClient | undefined;
  before(function () {
    if (!existsSync(SERVER_BUNDLE)) throw new Error('dist/server.js is missing: run "npm run build" first.');
  });
  beforeEach(async () => {
    client = new TestLspClient({ nodeFlags: options.nodeFlags });
    const initialized = await client.initialize();
    await options.setUp?.(client, initialized);
  });
  afterEach(async () => {
    const stopping = client?.shutdown();
    await (options.ignoreShutdownErrors ? stopping?.catch(() => undefined) : stopping);
  });
  return () => {
    if (!client) throw new Error('no server: call this inside a test');
    return client;
  };
}
