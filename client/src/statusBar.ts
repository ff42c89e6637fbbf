import * as vscode from 'vscode';
import type { FindingCounts, FindingCountsParams } from '../../server/src/lsp/protocol';

const LANGUAGES = new Set(['trial-record', 'trial-record-json']);

/** Shows the active record's finding counts; clicking opens the Problems panel. */
export class FindingsStatusBar implements vscode.Disposable {
  readonly #item = vscode.window.createStatusBarItem('trialRecord.findings', vscode.StatusBarAlignment.Left, 50);
  readonly #counts = new Map<string, FindingCounts>();
  readonly #subscriptions: vscode.Disposable[] = [];
  #state: 'starting' | 'running' | 'stopped' = 'starting';

  constructor() {
    this.#item.name = 'Trial Record findings';
    this.#item.command = 'workbench.actions.view.problems';
    this.#subscriptions.push(vscode.window.onDidChangeActiveTextEditor(() => this.#render()));
    this.#render();
  }

  setState(state: 'starting' | 'running' | 'stopped'): void {
    this.#state = state;
    this.#render();
  }

  update(params: FindingCountsParams): void {
    this.#counts.set(params.uri, params.counts);
    this.#render();
  }

  forget(uri: string): void {
    this.#counts.delete(uri);
  }

  /** What the item shows now (read by the end-to-end tests through a command). */
  get text(): string {
    return this.#item.text;
  }

  get visible(): boolean {
    return this.#isRecordActive();
  }

  #isRecordActive(): boolean {
    const editor = vscode.window.activeTextEditor;
    return !!editor && LANGUAGES.has(editor.document.languageId);
  }

  #render(): void {
    if (!this.#isRecordActive()) {
      this.#item.hide();
      return;
    }
    const uri = vscode.window.activeTextEditor!.document.uri.toString();
    const counts = this.#counts.get(uri);
    if (this.#state === 'stopped') {
      this.#item.text = '$(error) Trial Record: server stopped';
      this.#item.tooltip = 'The Trial Record language server is not running. Run "Trial Record: Restart Server".';
      this.#item.command = 'trialRecord.restartServer';
    } else if (!counts) {
      this.#item.text = '$(sync~spin) Trial Record';
      this.#item.tooltip = 'Checking the record…';
      this.#item.command = 'workbench.actions.view.problems';
    } else {
      this.#item.text = `$(error) ${counts.error} $(warning) ${counts.warning} $(info) ${counts.info}`;
      this.#item.tooltip = `Trial Record: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes. Click to open the Problems panel.`;
      this.#item.command = 'workbench.actions.view.problems';
    }
    this.#item.show();
  }

  dispose(): void {
    this.#item.dispose();
    for (const subscription of this.#subscriptions) subscription.dispose();
  }
}
