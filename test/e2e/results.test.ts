import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { codeOf, lineOf, screenshot, waitForDiagnostics } from './util';

/**
 * A published record with results, as downloaded (NCT*.json opens as a trial record): its flow
 * starts 16 participants of an actual enrollment of 31, and nothing explains the difference.
 */
const RECORD = path.join(__dirname, '..', '..', 'test', 'fixtures', 'records', 'NCT00763412.json');
const STARTED_VS_ENROLLMENT = 'results/started-vs-enrollment';

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) =>
      h.contents.map((c) => (typeof c === 'string' ? c : c instanceof vscode.MarkdownString ? c.value : '')),
    )
    .join('\n');
}

describe('results section of a published record', function () {
  this.timeout(120_000);
  let document: vscode.TextDocument;
  let checked: Promise<readonly vscode.Diagnostic[]>;

  before(async () => {
    document = await vscode.workspace.openTextDocument(vscode.Uri.file(RECORD));
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
    checked = waitForDiagnostics(
      document.uri,
      (all) => all.some((d) => codeOf(d) === STARTED_VS_ENROLLMENT),
      `a ${STARTED_VS_ENROLLMENT} finding`,
      60_000,
    );
  });

  it('reports the flow that starts fewer participants than were enrolled, on the first STARTED milestone', async () => {
    assert.equal(document.languageId, 'trial-record-json');
    const diagnostics = await checked;
    const found = diagnostics.find((d) => codeOf(d) === STARTED_VS_ENROLLMENT)!;
    assert.equal(found.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(found.message, /starts with 16 participants, but the actual enrollment is 31/);
    assert.equal(document.getText(found.range), '"STARTED"');
  });

  it("hovers a flow group id with its group's title and description", async () => {
    await checked;
    const line = lineOf(document, '"groupId": "FG001"');
    const position = new vscode.Position(line, document.lineAt(line).text.indexOf('FG001') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      position,
    );
    const text = hoverText(hovers);
    assert.match(text, /`FG001` — \*\*2\\\. Repaglinide\*\*/, text);
    assert.match(text, /repaglinide 0\\\.5 mg before each meal/);
  });

  it('shows the Results part in the preview, with the finding in the flow table', async () => {
    await checked;
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('trialRecord.openPreviewToSide');
    const uri = document.uri.toString();
    // A webview's content is not readable through the API: the client hands out the body it sent.
    // The preview renders asynchronously, so poll until the body has arrived.
    let html = '';
    for (
      const end = Date.now() + 30_000;
      Date.now() < end && !html.includes('results-part');
      await new Promise((resolve) => setTimeout(resolve, 200))
    ) {
      html = (await vscode.commands.executeCommand<string | undefined>('trialRecord.getPreviewHtml', uri)) ?? '';
    }
    assert.match(html, /<h2 class="part-heading" id="results">Results<\/h2>/);
    for (const heading of [
      'Participant Flow',
      'Baseline Characteristics',
      'Outcome Measures (Results)',
      'Adverse Events',
    ])
      assert.ok(html.includes(`>${heading}</h2>`), heading);
    const flow = html.slice(html.indexOf('id="participant-flow"'), html.indexOf('id="baseline-characteristics"'));
    assert.match(
      flow,
      /starts with 16 participants, but the actual enrollment is 31/,
      'the finding sits in the flow table',
    );
    await screenshot('results-preview');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
