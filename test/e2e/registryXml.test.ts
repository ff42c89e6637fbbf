import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { assertExampleExportFindings, exampleChecked, exportFindingsOf, openExample } from './util';

describe('registry XML commands', function () {
  this.timeout(120_000);

  it('registers Export to Registry XML… and Import Registry XML…', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const command of ['trialRecord.exportRegistryXml', 'trialRecord.importRegistryXml']) {
      assert.ok(commands.includes(command), `${command} is registered`);
    }
  });

  it('Export to Registry XML… lists what does not reach the registry in Problems (from the server)', async () => {
    const document = await openExample();
    await exampleChecked(document);
    assertExampleExportFindings(document, await exportFindingsOf(document));
  });
});
