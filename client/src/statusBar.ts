import * as vscode from 'vscode';
import type { FindingCounts, FindingCountsParams } from '../../server/src/lsp/protocol';

const LANGUAGES = new Set(['trial-record', 'trial-record-json']);

/**
 * "1 error", "2 warnings", "1 note": the registry's lowest tier is a NOTE, and the word is the
 * same in the status bar, the preview and the CLI.
 */
export function summaryWords(counts: FindingCounts): string {
  const notes = counts.info;
  const parts = [
    counts.error === 1 ? vscode.l10n.t('1 error') : counts.error > 1 ? vscode.l10n.t('{0} errors', counts.error) : '',
    counts.warning === 1
      ? vscode.l10n.t('1 warning')
      : counts.warning > 1
        ? vscode.l10n.t('{0} warnings', counts.warning)
        : '',
    notes === 1 ? vscode.l10n.t('1 note') : notes > 1 ? vscode.l10n.t('{0} notes', notes) : '',
  ].filter((part) => part !== '');
  return parts.length === 0 ? vscode.l10n.t('no problems') : parts.join(', ');
}

/**
 * The item's text. VS Code's own counter (bottom left) counts every file with icons; this one
 * counts only the record in the editor, in words, so the two never look like rival numbers.
 */
function statusText(counts: FindingCounts): string {
  const worst =
    counts.error > 0 ? '$(error)' : counts.warning > 0 ? '$(warning)' : counts.info > 0 ? '$(info)' : '$(check)';
  return `${worst} ${vscode.l10n.t('Record: {0}', summaryWords(counts))}`;
}

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

  get tooltip(): string {
    return typeof this.#item.tooltip === 'string' ? this.#item.tooltip : '';
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
      this.#item.text = vscode.l10n.t('$(error) Trial Record: server stopped');
      this.#item.tooltip = vscode.l10n.t(
        'The Trial Record language server is not running. Run "Trial Record: Restart Server".',
      );
      this.#item.command = 'trialRecord.restartServer';
    } else if (!counts) {
      this.#item.text = '$(sync~spin) Trial Record';
      this.#item.tooltip = vscode.l10n.t('Checking the record…');
      this.#item.command = 'workbench.actions.view.problems';
    } else {
      this.#item.text = statusText(counts);
      this.#item.tooltip = vscode.l10n.t('This record: {0}. Click to open the Problems panel.', summaryWords(counts));
      this.#item.command = 'workbench.actions.view.problems';
    }
    this.#item.show();
  }

  dispose(): void {
    this.#item.dispose();
    for (const subscription of this.#subscriptions) subscription.dispose();
  }
}
