// Helpers for the end-to-end suite. Only the `vscode` API and Node built-ins; every wait is
// on an event (or a promise) with a timeout, never a fixed sleep.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'trial-record-studio.trial-record-studio';
export const EXAMPLE = 'NCT01547091.trial.yaml';

/** The example record in the workspace folder (the repo's `examples/`). */
export function exampleUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder open; the runner opens examples/');
  return vscode.Uri.joinPath(folder.uri, EXAMPLE);
}

/** Opens the example record in the first editor group and returns the document. */
export async function openExample(): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(exampleUri());
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
  return document;
}

/** Rejects after `ms` with a message saying what was awaited. */
export function withTimeout<T>(promise: Thenable<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    Promise.resolve(promise).then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * Resolves with the first value `check` returns that is not undefined, checking now and then on
 * every `event` firing. Rejects after `ms`, with `describe()` in the message.
 */
export function waitForEvent<E, T>(
  event: vscode.Event<E>,
  check: () => T | undefined,
  ms: number,
  what: string,
  describe: () => string = () => '',
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const first = check();
    if (first !== undefined) return resolve(first);
    const timer = setTimeout(() => {
      subscription.dispose();
      const detail = describe();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}${detail ? `; now: ${detail}` : ''}`));
    }, ms);
    const subscription = event(() => {
      let value: T | undefined;
      try {
        value = check();
      } catch (error) {
        clearTimeout(timer);
        subscription.dispose();
        return reject(error);
      }
      if (value !== undefined) {
        clearTimeout(timer);
        subscription.dispose();
        resolve(value);
      }
    });
  });
}

/** The diagnostic's code as a string, whether it is a string, a number or `{ value, target }`. */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  if (code === undefined) return '';
  if (typeof code === 'object') return String(code.value);
  return String(code);
}

export function describeDiagnostics(uri: vscode.Uri): string {
  const all = vscode.languages.getDiagnostics(uri);
  if (all.length === 0) return 'no diagnostics';
  return all
    .map((d) => `${codeOf(d) || '(no code)'}@${d.range.start.line + 1}:${d.range.start.character + 1}`)
    .join(', ');
}

/**
 * Waits until the diagnostics of `uri` satisfy `predicate` (checked now and on every
 * `languages.onDidChangeDiagnostics` for that uri) and returns them.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  what: string,
  ms = 30_000,
): Promise<readonly vscode.Diagnostic[]> {
  const key = uri.toString();
  return waitForEvent(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      return predicate(diagnostics) ? diagnostics : undefined;
    },
    ms,
    `${what} (${key})`,
    () => describeDiagnostics(uri),
  );
}

/** The 0-based line of the first line containing `needle`, failing when there is none. */
export function lineOf(document: vscode.TextDocument, needle: string, fromLine = 0): number {
  for (let line = fromLine; line < document.lineCount; line++) {
    if (document.lineAt(line).text.includes(needle)) return line;
  }
  throw new Error(`"${needle}" not found in ${path.basename(document.uri.path)}`);
}

const indentOf = (text: string) => text.length - text.trimStart().length;
const isBlankOrComment = (text: string) => /^\s*(#.*)?$/.test(text);

/**
 * The lines of item `index` (0-based) of the block sequence under the first `key:` found in
 * the YAML document, e.g. `sequenceItemRange(doc, 'armGroups', 2)`: from its `- ` line up to
 * the line before the next item (or the end of the sequence).
 */
export function sequenceItemRange(document: vscode.TextDocument, key: string, index: number): vscode.Range {
  const keyLine = lineOf(document, `${key}:`);
  const keyIndent = indentOf(document.lineAt(keyLine).text);
  const starts: number[] = [];
  let itemIndent = -1;
  let end = document.lineCount - 1;
  for (let line = keyLine + 1; line < document.lineCount; line++) {
    const text = document.lineAt(line).text;
    if (isBlankOrComment(text)) continue;
    const indent = indentOf(text);
    const isItem = text.trimStart().startsWith('- ') || text.trim() === '-';
    if (itemIndent < 0) {
      if (!isItem || indent < keyIndent) throw new Error(`${key} is not a block sequence`);
      itemIndent = indent;
    }
    if (indent < itemIndent || (indent === itemIndent && !isItem)) {
      end = line - 1;
      break;
    }
    if (indent === itemIndent && isItem) starts.push(line);
  }
  if (index >= starts.length) throw new Error(`${key} has ${starts.length} items, wanted item ${index}`);
  let last = index + 1 < starts.length ? starts[index + 1] - 1 : end;
  while (last > starts[index] && isBlankOrComment(document.lineAt(last).text)) last--;
  return new vscode.Range(starts[index], 0, last, document.lineAt(last).text.length);
}

/** Text of a completion item's label, whether a string or a `CompletionItemLabel`. */
export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** All symbols of a tree, depth first. */
export function flattenSymbols(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((symbol) => [symbol, ...flattenSymbols(symbol.children ?? [])]);
}

/** Replaces the whole text of the document (unsaved) and resolves once the edit is applied. */
export async function setText(document: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), text);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error('applyEdit was refused');
}

/**
 * Screenshot handshake with the runner (scripts/e2e/run-e2e.mjs): writes `ready-<name>` into
 * E2E_SCREENSHOT_DIR and waits (fs.watch, with a timeout) for the runner's `done-<name>`.
 * Does nothing when the runner did not ask for screenshots.
 */
export async function screenshot(name: string, ms = 20_000): Promise<void> {
  const dir = process.env.E2E_SCREENSHOT_DIR;
  if (!dir) return;
  const done = path.join(dir, `done-${name}`);
  await new Promise<void>((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      watcher.close();
      resolve();
    };
    const timer = setTimeout(finish, ms); // a missing screenshot must not fail the suite
    const watcher = fs.watch(dir, () => {
      if (fs.existsSync(done)) finish();
    });
    fs.writeFileSync(path.join(dir, `ready-${name}`), '');
    if (fs.existsSync(done)) finish();
  });
}

/** Why each skipped test was skipped; index.ts copies this into the result file. */
export const skipReasons: Record<string, string> = ((
  globalThis as { e2eSkipReasons?: Record<string, string> }
).e2eSkipReasons ??= {});

/** Skips the running test and records why (mocha's own skip takes no reason). */
export function skip(context: Mocha.Context, reason: string): never {
  const title = context.test?.fullTitle() ?? '?';
  skipReasons[title] = reason;
  console.log(`[e2e] skipped "${title}": ${reason}`);
  context.skip();
}

/** The rule finding every check of the example produces; its arrival means "the server has checked the record". */
export const SINGLE_GROUP = 'design/single-group-multiple-arms';

/**
 * Resolves once the extension is active and the server has published the example's findings
 * (a SINGLE_GROUP diagnostic). Shared by all test files through globalThis (each file is its
 * own bundle), so a server that never answers costs the timeout once, not once per file.
 */
export function exampleChecked(document: vscode.TextDocument): Promise<readonly vscode.Diagnostic[]> {
  const shared = globalThis as { e2eExampleChecked?: Promise<readonly vscode.Diagnostic[]> };
  shared.e2eExampleChecked ??= (async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    if (!extension) throw new Error(`${EXTENSION_ID} is not loaded`);
    await withTimeout(extension.activate(), 30_000, 'activation');
    const all = await waitForDiagnostics(
      document.uri,
      (diagnostics) => diagnostics.some((d) => codeOf(d) === SINGLE_GROUP),
      `a ${SINGLE_GROUP} diagnostic`,
      60_000,
    );
    console.log(`[e2e] first check: ${describeDiagnostics(document.uri)}`);
    return all;
  })();
  shared.e2eExampleChecked.catch(() => undefined); // reported by the tests that await it
  return shared.e2eExampleChecked;
}

/**
 * Runs Export to Registry XML… on `document` and returns the export findings it puts in Problems
 * (they come from the language server before the save dialog opens); then cancels the dialog.
 */
export async function exportFindingsOf(document: vscode.TextDocument): Promise<readonly vscode.Diagnostic[]> {
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
  const exported = vscode.commands.executeCommand('trialRecord.exportRegistryXml');
  try {
    const all = await waitForDiagnostics(
      document.uri,
      (diagnostics) => diagnostics.some((d) => d.source === 'registry XML export'),
      'registry XML export findings',
      60_000,
    );
    return all.filter((d) => d.source === 'registry XML export');
  } finally {
    // The save dialog is a quick input in code-server; closing it cancels the export.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await withTimeout(exported, 15_000, 'the export command to end once its save dialog is cancelled');
  }
}

/** Asserts the export findings of the example: the registry-assigned NCT id, on its line. */
export function assertExampleExportFindings(document: vscode.TextDocument, findings: readonly vscode.Diagnostic[]) {
  const nctId = findings.find((d) => d.message.includes('NCT number'));
  if (!nctId) throw new Error(`no finding on the NCT number: ${findings.map(codeOf).join(', ')}`);
  if (codeOf(nctId) !== 'export/registry-assigned') throw new Error(`NCT number finding is ${codeOf(nctId)}`);
  if (nctId.range.start.line !== lineOf(document, 'nctId:')) throw new Error('NCT number finding is not on its line');
}
