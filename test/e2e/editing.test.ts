import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  SINGLE_GROUP,
  codeOf,
  exampleChecked,
  flattenSymbols,
  labelOf,
  lineOf,
  openExample,
  sequenceItemRange,
  setText,
  waitForDiagnostics,
} from './util';

const ENUM_FINDING = /^schema\/.*enum/;
const DESIGN_INFO_KEYS = [
  'allocation',
  'interventionModel',
  'interventionModelDescription',
  'primaryPurpose',
  'maskingInfo',
];

const hasSingleGroup = (all: readonly vscode.Diagnostic[]) => all.some((d) => codeOf(d) === SINGLE_GROUP);
/**
 * Completion items of the language server: drops VS Code's word-based suggestions (kind Text, words of the document).
 */
const serverItems = (list: vscode.CompletionList | undefined) =>
  (list?.items ?? []).filter((item) => item.kind !== vscode.CompletionItemKind.Text);
/** The server's completion labels at `word` on the first line that contains `lineText`. */
async function serverCompletionLabels(document: vscode.TextDocument, lineText: string, word: string) {
  const line = lineOf(document, lineText);
  const character = document.lineAt(line).text.indexOf(word);
  assert.ok(character > 0, `"${word}" on the line of "${lineText}"`);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    document.uri,
    new vscode.Position(line, character),
  );
  return serverItems(list).map(labelOf);
}
const isCommand = (item: vscode.Command | vscode.CodeAction): item is vscode.Command =>
  typeof item.command === 'string';

describe('editing the example record', function () {
  this.timeout(120_000);
  let document: vscode.TextDocument;
  let original: string;
  let checked: Promise<unknown>;

  before(async () => {
    document = await openExample();
    original = document.getText();
    checked = exampleChecked(document);
  });

  /** Puts the published text back (unsaved) after a test changed it, and waits for the re-check. */
  afterEach(async () => {
    if (document.getText() === original) return;
    await setText(document, original);
    await waitForDiagnostics(document.uri, hasSingleGroup, 'the findings of the restored text').catch(() => undefined);
  });

  after(async () => {
    // Never leave the shared example modified or dirty: revert it to what is on disk.
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
    if (document.isDirty) await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.equal(document.isDirty, false, 'the example is not left dirty');
  });

  it('offers a quick fix for the single-group model that sets it to Parallel and clears the finding', async () => {
    await checked;
    const finding = vscode.languages.getDiagnostics(document.uri).find((d) => codeOf(d) === SINGLE_GROUP);
    assert.ok(finding, 'the finding is there');
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      finding.range,
      vscode.CodeActionKind.QuickFix.value,
      10, // resolve lazily computed edits
    );
    const fixes = (actions ?? []).filter((action): action is vscode.CodeAction => !isCommand(action));
    const fix =
      fixes.find((action) => action.diagnostics?.some((d) => codeOf(d) === SINGLE_GROUP) && action.isPreferred) ??
      fixes.find((action) => action.diagnostics?.some((d) => codeOf(d) === SINGLE_GROUP)) ??
      fixes.find((action) => /parallel/i.test(action.title));
    assert.ok(fix, `a quick fix for ${SINGLE_GROUP}; got ${(actions ?? []).map((a) => a.title).join(' | ') || 'none'}`);
    assert.match(fix.title, /parallel/i, 'the title says what the fix does');

    if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the edit applies');
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    const line = document.lineAt(lineOf(document, 'interventionModel:')).text;
    assert.match(line, /interventionModel:\s*PARALLEL\s*$/, `the model becomes PARALLEL: "${line.trim()}"`);
    await waitForDiagnostics(document.uri, (all) => !hasSingleGroup(all), `${SINGLE_GROUP} to disappear`);
  });

  it('completes enum values for a designInfo value', async () => {
    await checked;
    const labels = await serverCompletionLabels(document, 'allocation:', 'NON_RANDOMIZED');
    assert.ok(
      labels.some((label) => label.includes('RANDOMIZED') && !label.includes('NON')),
      `RANDOMIZED is offered; got ${labels.join(', ') || 'nothing'}`,
    );
    assert.ok(
      labels.some((label) => label.includes('NON_RANDOMIZED')),
      `NON_RANDOMIZED is offered; got ${labels.join(', ')}`,
    );
  });

  it('completes designInfo keys', async () => {
    await checked;
    const labels = await serverCompletionLabels(document, 'allocation:', 'allocation');
    assert.ok(
      labels.some((label) => DESIGN_INFO_KEYS.includes(label.replace(/:.*$/, ''))),
      `a designInfo key is offered; got ${labels.join(', ') || 'nothing'}`,
    );
  });

  it('outlines modules and arms named by their labels', async () => {
    await checked;
    const result = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>(
      'vscode.executeDocumentSymbolProvider',
      document.uri,
    );
    assert.ok(result && result.length > 0, 'symbols are returned');
    const symbols = 'children' in result[0] ? flattenSymbols(result as vscode.DocumentSymbol[]) : [];
    assert.ok(symbols.length > 0, 'a symbol tree (DocumentSymbol), not a flat list');
    const names = symbols.map((symbol) => symbol.name);
    assert.ok(
      names.some((name) => /design/i.test(name)),
      `a design module symbol; got ${names.join(', ')}`,
    );
    assert.ok(
      names.some((name) => /arms/i.test(name)),
      `an arms/interventions module symbol; got ${names.join(', ')}`,
    );
    for (const label of ['UC-MSCs Treatment', 'DMARDS', 'UC-MSC+DMARDS'])
      assert.ok(names.includes(label), `arm "${label}" is a symbol`);
    const third = sequenceItemRange(document, 'armGroups', 2);
    assert.ok(
      symbols.some((symbol) => symbol.name === 'UC-MSC+DMARDS' && third.contains(symbol.selectionRange.start)),
      'the third arm symbol points into armGroups[2]',
    );
  });

  it('reports a misspelt enum value as it is typed', async () => {
    await checked;
    const line = lineOf(document, 'allocation:');
    const text = document.lineAt(line).text;
    const start = text.indexOf('NON_RANDOMIZED');
    const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
    assert.ok(
      await editor.edit((edit) =>
        edit.replace(new vscode.Range(line, start, line, start + 'NON_RANDOMIZED'.length), 'RANDOMISED'),
      ),
    );
    const all = await waitForDiagnostics(
      document.uri,
      (diagnostics) => diagnostics.some((d) => ENUM_FINDING.test(codeOf(d)) && d.range.start.line === line),
      `a ${ENUM_FINDING} diagnostic on line ${line + 1}`,
    );
    const finding = all.find((d) => ENUM_FINDING.test(codeOf(d)) && d.range.start.line === line)!;
    assert.equal(document.getText(finding.range), 'RANDOMISED', 'on the misspelt value');
    assert.equal(finding.severity, vscode.DiagnosticSeverity.Error);
  });
});
