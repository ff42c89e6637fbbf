import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  EXTENSION_ID,
  SINGLE_GROUP,
  assertExampleExportFindings,
  codeOf,
  exportFindingsOf,
  openExample,
  waitForDiagnostics,
} from './util';

/**
 * The web extension: the runner (run-e2e.mjs --web) makes VS Code run the extension in the
 * browser's web worker extension host (`remote.extensionKind: ["web"]`), where its `browser`
 * entry starts the language server in a web worker. These tests run in the Node host next to
 * it and watch it through what crosses hosts: diagnostics, commands, providers.
 */
describe('web extension', function () {
  this.timeout(120_000);

  before(function () {
    if (process.env.E2E_WEB !== '1') this.skip();
  });

  it('checks a record from the web worker host', async () => {
    const document = await openExample();
    const diagnostics = await waitForDiagnostics(
      document.uri,
      (all) => all.some((d) => codeOf(d) === SINGLE_GROUP),
      `${SINGLE_GROUP} from the web worker`,
      90_000,
    );
    assert.ok(diagnostics.length >= 5, `${diagnostics.length} findings`);
    let status: { host?: string } | undefined;
    for (
      const end = Date.now() + 15_000;
      Date.now() < end && !status?.host;
      await new Promise((resolve) => setTimeout(resolve, 200))
    ) {
      status = await vscode.commands.executeCommand<{ host?: string }>('trialRecord.getStatus');
    }
    assert.equal(status?.host, 'web', `the extension runs its browser entry; status ${JSON.stringify(status)}`);
    // Not in this (Node) host: the Node entry did not start.
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive ?? false, false);
  });

  it('offers the same quick fixes and completion from the web worker', async () => {
    const document = await openExample();
    const finding = vscode.languages.getDiagnostics(document.uri).find((d) => codeOf(d) === SINGLE_GROUP);
    assert.ok(finding);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      finding.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    assert.ok(
      (actions ?? []).some((action) => /parallel/i.test(action.title)),
      (actions ?? []).map((a) => a.title).join(' | '),
    );
    const line = document.lineAt(finding.range.start.line).text;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      new vscode.Position(finding.range.start.line, line.indexOf('SINGLE_GROUP')),
    );
    assert.ok(
      list.items.some((item) => (typeof item.label === 'string' ? item.label : item.label.label) === 'PARALLEL'),
      'enum completion',
    );
  });

  it('exports to registry XML through the web worker server', async () => {
    const document = await openExample();
    assertExampleExportFindings(document, await exportFindingsOf(document));
  });
});
