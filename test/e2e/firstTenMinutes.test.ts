import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  EXTENSION_ID,
  SINGLE_GROUP,
  codeOf,
  describeDiagnostics,
  exampleChecked,
  lineOf,
  openExample,
  screenshot,
  waitForDiagnostics,
  waitForEvent,
  withTimeout,
} from './util';
import { TYPICAL_PLACEHOLDER_VALUES as TYPICAL } from '../fixtures/typicalPlaceholderValues';

const isQuickFix = (action: vscode.CodeAction | vscode.Command): action is vscode.CodeAction =>
  typeof action.command !== 'string';

async function closeAllUntitled(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isUntitled && d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

describe('the first ten minutes', function () {
  this.timeout(120_000);

  before(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    await withTimeout(extension.activate(), 30_000, 'activation');
  });

  afterEach(closeAllUntitled);

  it('runs the extension installed from the .vsix', function () {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    console.log(`[e2e] ${EXTENSION_ID} ${extension.packageJSON.version} from ${extension.extensionUri.path}`);
    if (process.env.E2E_INSTALLED !== '1') this.skip();
    assert.match(
      extension.extensionUri.path,
      /\/extensions\/trial-record-studio\.trial-record-studio-[\d.]+$/,
      'loaded from the extensions folder',
    );
    assert.equal(extension.extensionKind, vscode.ExtensionKind.Workspace);
  });

  it('turns word-based suggestions off in records, so Tab moves between placeholders', () => {
    for (const languageId of ['trial-record', 'trial-record-json']) {
      const value = vscode.workspace.getConfiguration('editor', { languageId }).get('wordBasedSuggestions');
      assert.equal(value, 'off', languageId);
    }
  });

  it('New Record… creates a record that has no findings once its placeholders are filled', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('trialRecord.newRecord', 'INTERVENTIONAL');
    assert.ok(uri, 'the command returns the new document');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.toString() === uri.toString(), 'the new record is in the active editor');
    assert.equal(editor.document.languageId, 'trial-record');
    await screenshot('new-record');
    // Walk the snippet as a user does: type over a text placeholder, keep the first choice, Tab on.
    let typed = 0;
    for (let step = 0; step < 60; step++) {
      const selected = editor.document.getText(editor.selection);
      const value = TYPICAL[selected];
      if (value !== undefined) {
        await vscode.commands.executeCommand('type', { text: value });
        typed++;
      }
      const before = editor.selection;
      await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
      if (editor.selection.isEqual(before)) break; // the snippet has ended
    }
    await vscode.commands.executeCommand('hideSuggestWidget');
    assert.ok(typed >= 15, `typed into ${typed} placeholders`);
    assert.doesNotMatch(editor.document.getText(), /\$\{|MetforminMetformin/);
    const all = await waitForDiagnostics(
      uri,
      (diagnostics) => diagnostics.length === 0,
      'no findings in the filled record',
      30_000,
    ).catch((error: unknown) => {
      throw new Error(`${error instanceof Error ? error.message : String(error)}\n${editor.document.getText()}`);
    });
    assert.equal(all.length, 0);
  });

  it('an "Add …" fix inserts the field in block style and selects its first value', async () => {
    const text = [
      'protocolSection:',
      '  statusModule:',
      '    overallStatus: NOT_YET_RECRUITING',
      '    startDateStruct: {}',
      '  designModule:',
      '    studyType: INTERVENTIONAL',
      '',
    ].join('\n');
    const document = await vscode.workspace.openTextDocument({ language: 'trial-record', content: text });
    const editor = await vscode.window.showTextDocument(document);
    const diagnostics = await waitForDiagnostics(
      document.uri,
      (all) => all.some((d) => /Study Start Date \(date\)/.test(d.message)),
      'the missing start date',
    );
    const missing = diagnostics.find((d) => /Study Start Date \(date\)/.test(d.message))!;
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      missing.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const titles = (actions ?? []).map((action) => action.title);
    assert.deepEqual(
      titles.filter((title) => title.startsWith('Add ')),
      [...new Set(titles.filter((title) => title.startsWith('Add ')))],
      'each Add fix once',
    );
    const fix = (actions ?? []).filter(isQuickFix).find((action) => action.title === 'Add Study Start Date');
    assert.ok(fix?.edit, `an "Add Study Start Date" fix; got ${titles.join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the fix applies');
    assert.match(document.getText(), /\n {4}startDateStruct:\n {6}date: ?\n/, `block style:\n${document.getText()}`);
    assert.doesNotMatch(document.getText(), /startDateStruct: \{|date: ""/);
    const dateLine = lineOf(document, 'date:');
    assert.equal(editor.selection.active.line, dateLine, 'the cursor waits on the new value');
    await vscode.commands.executeCommand('type', { text: '2027-03' });
    await waitForDiagnostics(
      document.uri,
      (all) => !all.some((d) => /Study Start Date \(date\)/.test(d.message)),
      'the finding to go once the date is typed',
    );
  });

  it('applies a changed rules setting to an open record without typing', async () => {
    const document = await openExample();
    await exampleChecked(document);
    await waitForDiagnostics(
      document.uri,
      (all) => all.some((d) => codeOf(d) === SINGLE_GROUP),
      `${SINGLE_GROUP} before the change`,
    );
    const settings = vscode.workspace.getConfiguration('trialRecord');
    try {
      await settings.update('rules', { [SINGLE_GROUP]: 'off' }, vscode.ConfigurationTarget.Global);
      await waitForDiagnostics(
        document.uri,
        (all) => !all.some((d) => codeOf(d) === SINGLE_GROUP),
        `${SINGLE_GROUP} to go when switched off`,
        20_000,
      );
      assert.equal(document.isDirty, false, 'nothing was typed');
      await settings.update('rules', { [SINGLE_GROUP]: 'warning' }, vscode.ConfigurationTarget.Global);
      const back = await waitForDiagnostics(
        document.uri,
        (all) => all.some((d) => codeOf(d) === SINGLE_GROUP && d.severity === vscode.DiagnosticSeverity.Warning),
        `${SINGLE_GROUP} back as a warning`,
        20_000,
      );
      assert.ok(back.length > 0);
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it("a finding's rule link opens the rule documentation rendered, read-only", async () => {
    const document = await openExample();
    const diagnostics = await exampleChecked(document);
    const finding = diagnostics.find((d) => codeOf(d) === SINGLE_GROUP);
    assert.ok(finding && typeof finding.code === 'object');
    const target = finding.code.target;
    assert.equal(target.scheme, 'command', `a command link, not the raw file: ${target.toString()}`);
    assert.equal(target.path, 'trialRecord.showRuleDocs');
    const [anchor] = JSON.parse(decodeURIComponent(target.query)) as string[];
    assert.equal(anchor, 'design-single-group-multiple-arms');
    const isDocsTab = (tab: vscode.Tab) => /rules\.md/.test(tab.label) && !(tab.input instanceof vscode.TabInputText);
    const opened = waitForEvent(
      vscode.window.tabGroups.onDidChangeTabs,
      () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).find(isDocsTab),
      20_000,
      'the rendered rule docs',
    );
    await vscode.commands.executeCommand('trialRecord.showRuleDocs', anchor);
    const tab = await opened;
    assert.ok(tab.input instanceof vscode.TabInputWebview, `a rendered (webview) tab: ${tab.label}`);
    assert.ok(
      !vscode.workspace.textDocuments.some((d) => d.uri.path.endsWith('/docs/rules.md') && d.isDirty),
      'nothing editable was changed',
    );
    const current = vscode.window.tabGroups.all.flatMap((group) => group.tabs).find(isDocsTab);
    if (current) await vscode.window.tabGroups.close(current);
  });

  it('Check All Records in Workspace fills Problems for a folder of records nobody opened', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const downloads = await vscode.workspace.findFiles('downloads/NCT*.json');
    assert.equal(downloads.length, 5, 'the runner puts 5 registry downloads in downloads/');
    for (const uri of downloads) {
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'not open');
      assert.equal(vscode.languages.getDiagnostics(uri).length, 0, 'no findings before the check');
    }
    const done = waitForEvent(
      vscode.languages.onDidChangeDiagnostics,
      () => (downloads.every((uri) => vscode.languages.getDiagnostics(uri).length > 0) ? true : undefined),
      60_000,
      'findings for all 5 downloads',
      () => downloads.map((uri) => `${uri.path.split('/').pop()}: ${describeDiagnostics(uri)}`).join('; '),
    );
    const summary = await vscode.commands.executeCommand<{ files: number; findings: number; cancelled: boolean }>(
      'trialRecord.checkWorkspace',
    );
    await done;
    assert.ok(summary && !summary.cancelled && summary.files >= 5, JSON.stringify(summary));
    for (const uri of downloads) {
      const codes = vscode.languages.getDiagnostics(uri).map(codeOf);
      assert.ok(
        codes.every((code) => /^[a-z]+\/[a-z0-9-]+$/.test(code)),
        `rule ids as codes: ${codes.join(', ')}`,
      );
    }
  });
});
