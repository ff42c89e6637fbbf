import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { PreviewState } from './messages';
import { PREVIEW_VIEW_TYPE, TrialRecordPreview, previewWebviewOptions } from './panel';

const TRIAL_LANGUAGES: ReadonlySet<string> = new Set(['trial-record', 'trial-record-json']);

const isTrialDocument = (document: vscode.TextDocument): boolean => TRIAL_LANGUAGES.has(document.languageId);

/** Command ids; `trialRecord.togglePreviewLock` still needs a contribution in package.json for its title button. */
export const PreviewCommands = {
  open: 'trialRecord.openPreview',
  openToSide: 'trialRecord.openPreviewToSide',
  toggleLock: 'trialRecord.togglePreviewLock',
} as const;

/**
 * Registers the preview: the open commands, the lock toggle, the panel serializer (previews
 * survive a window reload), and the editor events a preview follows.
 */
export function registerPreview(context: vscode.ExtensionContext, client: LanguageClient): void {
  const manager = new PreviewManager(context.extensionUri, client);
  context.subscriptions.push(
    manager,
    vscode.commands.registerCommand(PreviewCommands.open, (uri?: vscode.Uri) => manager.open(uri, false)),
    vscode.commands.registerCommand(PreviewCommands.openToSide, (uri?: vscode.Uri) => manager.open(uri, true)),
    vscode.commands.registerCommand(PreviewCommands.toggleLock, () => manager.toggleLockOfActive()),
    // Read by the end-to-end tests: a webview's content is not readable through the API.
    vscode.commands.registerCommand('trialRecord.getPreviewHtml', (uri: string) => manager.htmlOf(uri)),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state: unknown) => Promise.resolve(manager.restore(panel, state)),
    }),
  );
}

/** Keeps the open previews and routes editor events to them, like the Markdown preview. */
class PreviewManager implements vscode.Disposable {
  readonly #previews = new Set<TrialRecordPreview>();
  readonly #disposables: vscode.Disposable[] = [];
  readonly #extensionUri: vscode.Uri;
  readonly #client: LanguageClient;

  constructor(extensionUri: vscode.Uri, client: LanguageClient) {
    this.#extensionUri = extensionUri;
    this.#client = client;
    this.#disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // An unlocked preview follows the active trial editor.
        if (!editor || !isTrialDocument(editor.document)) return;
        for (const preview of this.#previews) if (!preview.isLocked) preview.setResource(editor.document.uri);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length === 0) return;
        for (const preview of this.#previewsOf(event.document.uri)) preview.scheduleUpdate();
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        const uri = event.textEditor.document.uri;
        const enabled = vscode.workspace
          .getConfiguration('trialRecord.preview', uri)
          .get<boolean>('scrollPreviewWithEditor', true);
        if (!enabled) return;
        const position = event.selections[0]?.active;
        if (position) for (const preview of this.#previewsOf(uri)) preview.syncToEditorPosition(position);
      }),
    );
  }

  /** Opens (or reveals) the preview of `uri`, or of the active trial editor. */
  open(uri: vscode.Uri | undefined, toSide: boolean): void {
    const resource = uri ?? activeTrialDocument()?.uri;
    if (!resource) {
      void vscode.window.showInformationMessage('Open a trial record (*.trial.yaml, *.trial.json) to preview it.');
      return;
    }
    const column = toSide
      ? vscode.ViewColumn.Beside
      : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
    // Reuse a preview of this document, else the unlocked (dynamic) preview, else create one.
    const existing =
      [...this.#previews].find((p) => p.resource.toString() === resource.toString()) ??
      [...this.#previews].find((p) => !p.isLocked);
    if (existing) {
      existing.setResource(resource);
      existing.reveal(column, toSide);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      'Preview',
      { viewColumn: column, preserveFocus: toSide },
      previewWebviewOptions(this.#extensionUri),
    );
    this.#add(new TrialRecordPreview(panel, this.#client, this.#extensionUri, resource, false));
  }

  /** Rebuilds a preview after a window reload from the state its webview saved. */
  restore(panel: vscode.WebviewPanel, state: unknown): void {
    const saved = state as Partial<PreviewState> | undefined;
    const resource = typeof saved?.uri === 'string' ? vscode.Uri.parse(saved.uri) : activeTrialDocument()?.uri;
    if (!resource) {
      panel.dispose();
      return;
    }
    this.#add(new TrialRecordPreview(panel, this.#client, this.#extensionUri, resource, saved?.locked === true));
  }

  /** The body the preview of `uri` shows, if one is open. */
  htmlOf(uri: string): string | undefined {
    return [...this.#previews].find((p) => p.resource.toString() === uri)?.lastHtml;
  }

  toggleLockOfActive(): void {
    const active =
      [...this.#previews].find((p) => p.panel.active) ??
      (this.#previews.size === 1 ? [...this.#previews][0] : undefined);
    active?.toggleLock();
  }

  dispose(): void {
    for (const preview of [...this.#previews]) preview.dispose();
    for (const disposable of this.#disposables.splice(0)) disposable.dispose();
  }

  #add(preview: TrialRecordPreview): void {
    this.#previews.add(preview);
    preview.onDidDispose(() => this.#previews.delete(preview));
  }

  *#previewsOf(uri: vscode.Uri): Iterable<TrialRecordPreview> {
    const key = uri.toString();
    for (const preview of this.#previews) if (preview.resource.toString() === key) yield preview;
  }
}

function activeTrialDocument(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document && isTrialDocument(document) ? document : undefined;
}
