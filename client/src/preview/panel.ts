import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import {
  PointerAtRequest,
  PointerRangeRequest,
  RenderPreviewRequest,
  type PointerAtParams,
  type PointerRangeParams,
  type RenderPreviewParams,
  type RenderPreviewResult,
} from '../../../server/src/lsp/protocol';
import { createNonce } from './csp';
import { buildPreviewHtml, placeholderBody } from './html';
import { isWebviewMessage, type HostToWebviewMessage, type PreviewState, type WebviewToHostMessage } from './messages';

export const PREVIEW_VIEW_TYPE = 'trialRecord.preview';
/** Typing re-renders at most this often, like the Markdown preview. */
const UPDATE_THROTTLE_MS = 300;
const SCROLL_THROTTLE_MS = 50;

/** An LSP range as the server sends it for `PointerRangeRequest`. */
interface LspRange {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}

/** Webview options: scripts on, and only the bundle folder (scripts, stylesheet) readable. */
export function previewWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    enableFindWidget: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist')],
  };
}

/** One preview panel: renders its document through the server and keeps editor and preview in step. */
export class TrialRecordPreview implements vscode.Disposable {
  readonly #panel: vscode.WebviewPanel;
  readonly #client: LanguageClient;
  readonly #extensionUri: vscode.Uri;
  readonly #disposables: vscode.Disposable[] = [];
  readonly #onDidDispose = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.#onDidDispose.event;
  #resource: vscode.Uri;
  #locked: boolean;
  #lastVersion = -1;
  /** The body last sent to the webview (read by the end-to-end tests through trialRecord.getPreviewHtml). */
  #lastHtml = '';
  #updateTimer: ReturnType<typeof setTimeout> | undefined;
  #rendering = false;
  #renderAgain = false;
  #scrollTimer: ReturnType<typeof setTimeout> | undefined;
  #isDisposed = false;

  get lastHtml(): string {
    return this.#lastHtml;
  }

  constructor(
    panel: vscode.WebviewPanel,
    client: LanguageClient,
    extensionUri: vscode.Uri,
    resource: vscode.Uri,
    locked: boolean,
  ) {
    this.#panel = panel;
    this.#client = client;
    this.#extensionUri = extensionUri;
    this.#resource = resource;
    this.#locked = locked;
    panel.webview.options = previewWebviewOptions(extensionUri);
    this.#disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => {
        if (isWebviewMessage(message)) void this.#onMessage(message);
      }),
    );
    this.#updateTitle();
    void this.#renderNow(true);
  }

  get resource(): vscode.Uri {
    return this.#resource;
  }

  get isLocked(): boolean {
    return this.#locked;
  }

  get panel(): vscode.WebviewPanel {
    return this.#panel;
  }

  /** Shows another document (follow-the-editor, or a reused preview). */
  setResource(resource: vscode.Uri): void {
    if (resource.toString() === this.#resource.toString()) return;
    this.#resource = resource;
    this.#lastVersion = -1;
    this.#updateTitle();
    void this.#renderNow(true);
  }

  toggleLock(): void {
    this.#locked = !this.#locked;
    this.#updateTitle();
    void this.#renderNow(false);
  }

  /** The document changed: re-render, throttled; the first change of a burst waits at most 300 ms. */
  scheduleUpdate(): void {
    if (this.#updateTimer !== undefined) return;
    this.#updateTimer = setTimeout(() => {
      this.#updateTimer = undefined;
      void this.#renderNow(false);
    }, UPDATE_THROTTLE_MS);
  }

  /** The editor cursor moved in the previewed document: scroll the preview to its element. */
  syncToEditorPosition(position: vscode.Position): void {
    if (this.#scrollTimer !== undefined) clearTimeout(this.#scrollTimer);
    this.#scrollTimer = setTimeout(() => {
      this.#scrollTimer = undefined;
      const params: PointerAtParams = {
        uri: this.#resource.toString(),
        position: { line: position.line, character: position.character },
      };
      void this.#request<string | null>(PointerAtRequest, params).then((pointer) => {
        if (typeof pointer === 'string') this.#post({ type: 'scrollTo', pointer });
      });
    }, SCROLL_THROTTLE_MS);
  }

  reveal(viewColumn: vscode.ViewColumn | undefined, preserveFocus: boolean): void {
    this.#panel.reveal(viewColumn, preserveFocus);
  }

  dispose(): void {
    if (this.#isDisposed) return;
    this.#isDisposed = true;
    if (this.#updateTimer !== undefined) clearTimeout(this.#updateTimer);
    if (this.#scrollTimer !== undefined) clearTimeout(this.#scrollTimer);
    this.#onDidDispose.fire();
    this.#onDidDispose.dispose();
    this.#panel.dispose();
    for (const disposable of this.#disposables.splice(0)) disposable.dispose();
  }

  get #state(): PreviewState {
    return { uri: this.#resource.toString(), locked: this.#locked };
  }

  /**
   * Asks the server for the body. A full page load the first time (immediate render), a
   * message afterwards so the webview keeps its scroll position. One request at a time:
   * changes during a request trigger one more render after it.
   */
  async #renderNow(isFullLoad: boolean): Promise<void> {
    if (this.#rendering) {
      this.#renderAgain = true;
      return;
    }
    this.#rendering = true;
    try {
      const params: RenderPreviewParams = { uri: this.#resource.toString() };
      const result = await this.#request<RenderPreviewResult | null>(RenderPreviewRequest, params);
      if (this.#isDisposed) return;
      if (!result) {
        if (isFullLoad)
          this.#setPage(placeholderBody('The preview is not available: the Trial Record server did not answer.'));
        return;
      }
      // An answer for an older version than the one shown would undo newer edits.
      if (result.uri === this.#resource.toString() && result.version < this.#lastVersion && !isFullLoad) return;
      this.#lastVersion = result.version;
      this.#lastHtml = result.html;
      if (isFullLoad) this.#setPage(result.html);
      else this.#post({ type: 'update', html: result.html, state: this.#state });
    } finally {
      this.#rendering = false;
      if (this.#renderAgain && !this.#isDisposed) {
        this.#renderAgain = false;
        void this.#renderNow(false);
      }
    }
  }

  #setPage(body: string): void {
    const webview = this.#panel.webview;
    const asset = (...path: string[]): string =>
      webview.asWebviewUri(vscode.Uri.joinPath(this.#extensionUri, ...path)).toString();
    webview.html = buildPreviewHtml({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      styleUri: asset('dist', 'preview.css'),
      scriptUri: asset('dist', 'preview.js'),
      body,
      state: this.#state,
    });
  }

  async #onMessage(message: WebviewToHostMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        return;
      case 'openLink':
        return openExternalLink(message.href);
      case 'reveal':
        return this.#revealInEditor(message.pointer);
    }
  }

  async #revealInEditor(pointer: string): Promise<void> {
    const enabled = vscode.workspace
      .getConfiguration('trialRecord.preview', this.#resource)
      .get<boolean>('scrollEditorWithPreview', true);
    if (!enabled) return;
    const params: PointerRangeParams = { uri: this.#resource.toString(), pointer };
    const lspRange = await this.#request<LspRange | null>(PointerRangeRequest, params);
    if (!lspRange) return;
    const range = new vscode.Range(
      lspRange.start.line,
      lspRange.start.character,
      lspRange.end.line,
      lspRange.end.character,
    );
    const visible = vscode.window.visibleTextEditors.find(
      (editor) => editor.document.uri.toString() === this.#resource.toString(),
    );
    const column =
      visible?.viewColumn ??
      (this.#panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(this.#resource, {
      viewColumn: column,
      selection: range,
      preserveFocus: false,
    });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  async #request<R>(method: string, params: object): Promise<R | undefined> {
    try {
      return await this.#client.sendRequest<R>(method, params);
    } catch {
      // The server restarts or is still starting: the next change renders again.
      return undefined;
    }
  }

  #post(message: HostToWebviewMessage): void {
    void this.#panel.webview.postMessage(message);
  }

  #updateTitle(): void {
    const name = this.#resource.path.split('/').pop() ?? this.#resource.path;
    this.#panel.title = this.#locked ? `[Preview] ${name}` : `Preview ${name}`;
  }
}

/** Opens http(s) links in the browser; every other scheme is ignored. */
export async function openExternalLink(href: string): Promise<void> {
  let uri: vscode.Uri;
  try {
    uri = vscode.Uri.parse(href, true);
  } catch {
    return;
  }
  if (uri.scheme === 'http' || uri.scheme === 'https') await vscode.env.openExternal(uri);
}
