import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, exampleChecked, openExample, screenshot, skip, waitForEvent } from './util';

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
  let checked: Promise<readonly vscode.Diagnostic[]>;

  before(async () => {
    document = await openExample();
    checked = exampleChecked(document);
  });

  it('opens the preview to the side in a webview tab', async () => {
    await checked;
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
    const opened = waitForEvent(
      vscode.window.tabGroups.onDidChangeTabs,
      previewTab,
      30_000,
      `a ${PREVIEW_VIEW_TYPE} webview tab`,
      () => vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => tab.label)).join(', '),
    );
    await vscode.commands.executeCommand('trialRecord.openPreviewToSide');
    const tab = await opened;
    assert.notEqual(tab.group.viewColumn, vscode.ViewColumn.One, 'beside the editor');
    assert.ok(
      vscode.window.visibleTextEditors.some((editor) => editor.document === document),
      'the record stays visible',
    );
    // Screenshot (b): the rendered preview next to the record.
    await screenshot('preview');
  });

  it('reports its status through trialRecord.getStatus', async function () {
    const commands = await vscode.commands.getCommands(true);
    if (!commands.includes('trialRecord.getStatus'))
      skip(this, 'the client has no trialRecord.getStatus command (status bar items are not readable through the API)');
    await checked;
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
    const warnings = vscode.languages
      .getDiagnostics(document.uri)
      .filter((d) => d.severity === vscode.DiagnosticSeverity.Warning && codeOf(d));
    // Status bar items fire no event the API can see: poll the command until the counts arrive.
    let status: { text?: string; visible?: boolean } | undefined;
    for (const end = Date.now() + 15_000; Date.now() < end; await new Promise((resolve) => setTimeout(resolve, 100))) {
      status = await vscode.commands.executeCommand<{ text?: string; visible?: boolean }>('trialRecord.getStatus');
      if (status?.text && /Record: /.test(status.text)) break;
    }
    assert.ok(status && typeof status.text === 'string', `a status; got ${JSON.stringify(status)}`);
    assert.equal(status.visible, true, 'shown while a record is active');
    // One counter, in words, for this record only: VS Code's own counter shows every file's.
    assert.match(status.text, /Record: /, `finding counts; got "${status.text}"`);
    const wording = warnings.length === 1 ? '1 warning\\b' : `${warnings.length} warnings`;
    assert.match(
      status.text,
      new RegExp(wording),
      `the warning count matches the ${warnings.length} warnings in the Problems panel`,
    );
    assert.doesNotMatch(
      status.text,
      /\b1 (errors|warnings|notes)\b|infos/,
      'singular for one, "notes" for the lowest tier',
    );
  });

  after(async () => {
    const tab = previewTab();
    if (tab) await vscode.window.tabGroups.close(tab);
  });
});
