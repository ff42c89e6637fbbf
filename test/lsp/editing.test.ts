import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  CodeAction,
  CompletionList,
  DocumentSymbol,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { serverPerTest } from './lspClient';

const EXAMPLE = join(__dirname, '../../examples/NCT01547091.trial.yaml');
const EXAMPLE_TEXT = readFileSync(EXAMPLE, 'utf8');
const URI = pathToFileURL(EXAMPLE).href;

function positionOf(text: string, needle: string, shift = 0): { line: number; character: number } {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" not found`);
  const before = text.slice(0, offset + shift).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** Applies LSP text edits to a text (back to front). */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  const offsetOf = (p: { line: number; character: number }) =>
    lines.slice(0, p.line).reduce((sum, line) => sum + line.length + 1, 0) + p.character;
  return [...edits]
    .map((edit) => ({ start: offsetOf(edit.range.start), end: offsetOf(edit.range.end), text: edit.newText }))
    .sort((a, b) => b.start - a.start)
    .reduce((result, edit) => result.slice(0, edit.start) + edit.text + result.slice(edit.end), text);
}

describe('language server: editing features over stdio', function () {
  this.timeout(30_000);
  const server = serverPerTest({
    setUp: async (client, { capabilities }) => {
      assert.deepEqual(capabilities.renameProvider, { prepareProvider: true });
      await client.open(URI, 'trial-record', EXAMPLE_TEXT);
    },
  });

  it('completes enum values with registry labels', async () => {
    const position = positionOf(EXAMPLE_TEXT, 'INTERVENTIONAL', 'INTER'.length);
    const list = await server().connection.sendRequest<CompletionList>('textDocument/completion', {
      textDocument: { uri: URI },
      position,
    });
    const item = list.items.find((i) => i.label === 'OBSERVATIONAL');
    assert.ok(item, list.items.map((i) => i.label).join(', '));
    assert.equal(item.detail, 'Observational');
  });

  it('outlines arms by label', async () => {
    const symbols = await server().connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri: URI },
    });
    const arms = symbols[0]
      .children!.find((s) => s.name === 'armsInterventionsModule')!
      .children!.find((s) => s.name === 'armGroups')!;
    assert.deepEqual(
      arms.children!.map((s) => s.name),
      ['UC-MSCs Treatment', 'DMARDS', 'UC-MSC+DMARDS'],
    );
  });

  it('renames an arm label everywhere and refuses elsewhere with a message', async () => {
    const position = positionOf(EXAMPLE_TEXT, '- label: DMARDS', 10);
    const edit = await server().connection.sendRequest<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri: URI },
      position,
      newName: 'Standard care',
    });
    const renamed = applyEdits(EXAMPLE_TEXT, edit.changes![URI]);
    assert.equal(renamed.match(/Standard care/g)?.length, 2);
    const elsewhere = positionOf(EXAMPLE_TEXT, 'briefTitle', 3);
    await assert.rejects(
      server().connection.sendRequest('textDocument/prepareRename', {
        textDocument: { uri: URI },
        position: elsewhere,
      }),
      /arm labels and intervention names/,
    );
  });

  it('offers the quick fix of a diagnostic, picked by code and data', async () => {
    const diagnostics = await server().diagnostics(URI, 1);
    const model = diagnostics.find((d) => d.code === 'design/single-group-multiple-arms');
    assert.ok(model);
    const actions = await server().connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: model.range,
      context: { diagnostics: [model] },
    });
    const fix = actions.find((a) => a.title === 'Change the model to Parallel Assignment');
    assert.ok(fix, actions.map((a) => a.title).join(', '));
    assert.equal(fix.kind, 'quickfix');
    assert.deepEqual(fix.diagnostics, [model]);
    assert.match(applyEdits(EXAMPLE_TEXT, fix.edit!.changes![URI]), /interventionModel: PARALLEL\n/);
    assert.ok(actions.some((a) => a.title === 'Disable design/single-group-multiple-arms for this line'));
  });
});
