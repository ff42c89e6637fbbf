import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openExample, screenshot, skip, waitForEvent, withTimeout } from './util';

const PREVIEW_VIEW_TYPE = 'trialRecord.preview';

/** The preview's tab; webview view types carry a prefix (`mainThreadWebview-…`), so match by substring. */
function previewTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes(PREVIEW_VIEW_TYPE));
}

describe('preview and status', function () {
  this.timeout(120_000);
  let document: vscode.TextDocument;

  before(async () => {
    document = await openExample();
    await withTimeout(vscode.extensions.getExtension(EXTENSION_ID)!.activate(), 30_000, 'activation');
  });

  it('opens the preview to the side in a webview tab', async () => {
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
    const opened = waitForEvent(vscode.window.tabGroups.onDidChangeTabs, previewTab, 30_000, `a ${PREVIEW_VIEW_TYPE} webview tab`, () =>
      vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => tab.label)).join(', '),
    );
    await vscode.commands.executeCommand('trialRecord.openPreviewToSide');
    const tab = await opened;
    assert.notEqual(tab.group.viewColumn, vscode.ViewColumn.One, 'beside the editor');
    assert.ok(vscode.window.visibleTextEditors.some((editor) => editor.document === document), 'the record stays visible');
    // Screenshot (b): the rendered preview next to the record.
    await screenshot('preview');
  });

  it('reports its status through trialRecord.getStatus', async function () {
    const commands = await vscode.commands.getCommands(true);
    if (!commands.includes('trialRecord.getStatus')) skip(this, 'the client has no trialRecord.getStatus command (status bar items are not readable through the API)');
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
    const status = await vscode.commands.executeCommand<{ text?: string }>('trialRecord.getStatus');
    assert.ok(status && typeof status.text === 'string' && status.text.length > 0, `a status text; got ${JSON.stringify(status)}`);
  });

  after(async () => {
    const tab = previewTab();
    if (tab) await vscode.window.tabGroups.close(tab);
  });
});
