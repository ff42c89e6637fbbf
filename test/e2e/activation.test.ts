import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openExample, skip, withTimeout } from './util';

describe('extension', () => {
  let document: vscode.TextDocument;

  before(async () => {
    document = await openExample();
  });

  it('runs in a real VS Code extension host', () => {
    assert.equal(typeof process.versions.node, 'string');
    console.log(
      `[e2e] VS Code ${vscode.version}, node ${process.versions.node}, uiKind ` +
        `${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'}, remote ${vscode.env.remoteName ?? '-'}`,
    );
  });

  it('assigns the trial-record language to *.trial.yaml', () => {
    assert.equal(document.languageId, 'trial-record');
  });

  it('contributes both languages', async () => {
    const languages = await vscode.languages.getLanguages();
    assert.ok(languages.includes('trial-record'), 'trial-record is registered');
    assert.ok(languages.includes('trial-record-json'), 'trial-record-json is registered');
  });

  it('activates when a record is opened', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded as the extension under development`);
    // activate() resolves when activation has finished, and rejects when activate() threw.
    await withTimeout(extension.activate(), 30_000, 'activation');
    assert.ok(extension.isActive);
  });

  it('registers its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const command of ['trialRecord.openPreview', 'trialRecord.openPreviewToSide', 'trialRecord.restartServer']) {
      assert.ok(commands.includes(command), `${command} is registered`);
    }
  });

  it('ships the grammars it contributes', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const grammars =
      (extension.packageJSON as { contributes?: { grammars?: { language?: string; path: string }[] } }).contributes
        ?.grammars ?? [];
    // injections have none
    const languages = grammars.map((grammar) => grammar.language).filter((language) => language !== undefined);
    assert.deepEqual(languages.sort(), ['trial-record', 'trial-record-json']);
    for (const grammar of grammars) {
      const stat = await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension.extensionUri, grammar.path));
      assert.ok(stat.size > 0, `${grammar.path} is not empty`);
    }
  });

  it('tokenizes the NCT id with the trial-record grammar', async function () {
    // Internal command of VS Code's own colorizer tests; release builds (code-server 4.99 too) leave it out.
    const commands = await vscode.commands.getCommands(true);
    if (!commands.includes('_workbench.captureSyntaxTokens'))
      skip(this, '_workbench.captureSyntaxTokens is not available in this VS Code build');
    const tokens = await vscode.commands.executeCommand<{ c: string; t: string }[]>(
      '_workbench.captureSyntaxTokens',
      document.uri,
    );
    const nctId = tokens.find((token) => token.c.includes('NCT01547091'));
    assert.ok(nctId, 'a token holds the NCT id');
    assert.match(nctId.t, /trial-record/, `scopes of the NCT id: ${nctId.t}`);
  });
});
