import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { serverPerTest, TestLspClient } from './lspClient';

const EXAMPLE = join(__dirname, '../../examples/NCT01547091.trial.yaml');
const EXAMPLE_TEXT = readFileSync(EXAMPLE, 'utf8');
const URI = pathToFileURL(EXAMPLE).href;

/** 0-based position of the first occurrence of `needle` (optionally after `after`). */
function positionOf(text: string, needle: string, after = ''): { line: number; character: number } {
  const offset = text.indexOf(needle, after ? text.indexOf(after) : 0);
  assert.ok(offset >= 0, `"${needle}" not found`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('language server over stdio', function () {
  this.timeout(30_000);
  const server = serverPerTest();

  it('declares incremental sync and the editing features', async () => {
    const fresh = new TestLspClient();
    const result = await fresh.initialize();
    await fresh.shutdown();
    assert.deepEqual(result.capabilities.textDocumentSync, { openClose: true, change: 2, save: false });
    assert.ok(result.capabilities.completionProvider, 'completion');
    assert.ok(result.capabilities.codeActionProvider, 'code actions');
    assert.equal(result.serverInfo?.name, 'trial-record-language-server');
  });

  it('publishes the seed findings at exact ranges, with rule ids, source and docs links', async () => {
    await server().open(URI, 'trial-record', EXAMPLE_TEXT);
    const diagnostics = await server().diagnostics(URI, 1);
    const model = diagnostics.find((diagnostic) => diagnostic.code === 'design/single-group-multiple-arms');
    assert.ok(model, 'single-group finding');
    const start = positionOf(EXAMPLE_TEXT, 'SINGLE_GROUP');
    assert.deepEqual(model.range, {
      start,
      end: { line: start.line, character: start.character + 'SINGLE_GROUP'.length },
    });
    assert.equal(model.source, 'trial-record');
    assert.match(model.codeDescription?.href ?? '', /rules\.md#design-single-group-multiple-arms$/);
    assert.equal(
      diagnostics.filter((diagnostic) => String(diagnostic.code).includes('age')).length,
      0,
      'no age findings on the seed',
    );
  });

  it('gives a generic client the same findings as the CLI', async () => {
    await server().open(URI, 'trial-record', EXAMPLE_TEXT);
    const diagnostics = await server().diagnostics(URI, 1);
    const cli = JSON.parse(
      spawnSync(process.execPath, [join(__dirname, '../../dist/cli.js'), 'check', EXAMPLE, '--format', 'json'], {
        encoding: 'utf8',
      }).stdout,
    );
    const fromCli = cli[0].findings
      .map((finding: { rule: string; range: unknown }) => JSON.stringify([finding.rule, finding.range]))
      .sort();
    const fromServer = diagnostics.map((diagnostic) => JSON.stringify([diagnostic.code, diagnostic.range])).sort();
    assert.deepEqual(fromServer, fromCli);
  }).timeout(30_000);

  it('re-checks after an incremental change and reports the new enum error on the edited value', async () => {
    await server().open(URI, 'trial-record', EXAMPLE_TEXT);
    await server().diagnostics(URI, 1);
    const start = positionOf(EXAMPLE_TEXT, 'NON_RANDOMIZED');
    const range = { start, end: { line: start.line, character: start.character + 'NON_RANDOMIZED'.length } };
    await server().change(URI, 2, [{ range, text: 'RANDOMISED' }]);
    const diagnostics = await server().diagnostics(URI, 2);
    const enumErrors = diagnostics.filter((diagnostic) => diagnostic.code === 'schema/enum');
    assert.equal(enumErrors.length, 1);
    assert.deepEqual(enumErrors[0].range, {
      start,
      end: { line: start.line, character: start.character + 'RANDOMISED'.length },
    });
    assert.match(enumErrors[0].message as string, /RANDOMIZED/);
  });

  it('never publishes an older version after a newer one', async () => {
    await server().open(URI, 'trial-record', EXAMPLE_TEXT);
    await server().diagnostics(URI, 1);
    const end = positionOf(EXAMPLE_TEXT, 'hasResults');
    for (let version = 2; version <= 6; version++) {
      await server().change(URI, version, [{ range: { start: end, end }, text: '#' }]);
    }
    await server().diagnostics(URI, 6);
    const versions = server()
      .published.filter((params) => params.uri === URI)
      .map((params) => params.version ?? 0);
    assert.deepEqual(
      versions,
      [...versions].sort((a, b) => a - b),
      `published in order: ${versions.join(', ')}`,
    );
    assert.equal(versions[versions.length - 1], 6);
  });

  it('reports a syntax error mid-edit at the parser position, then clears it when fixed', async () => {
    await server().open(URI, 'trial-record', EXAMPLE_TEXT);
    await server().diagnostics(URI, 1);
    const at = positionOf(EXAMPLE_TEXT, '  designModule:');
    await server().change(URI, 2, [{ range: { start: at, end: at }, text: '  broken: [unclosed\n' }]);
    const broken = await server().diagnostics(URI, 2);
    const syntax = broken.filter((diagnostic) => String(diagnostic.code).startsWith('syntax/'));
    assert.ok(syntax.length > 0, 'a syntax finding');
    assert.ok(
      syntax.every(
        (diagnostic) => diagnostic.range.start.line >= at.line && diagnostic.range.start.line <= at.line + 2,
      ),
      'at the broken line',
    );
    await server().change(URI, 3, [{ range: { start: at, end: { line: at.line + 1, character: 0 } }, text: '' }]);
    const fixed = await server().diagnostics(URI, 3);
    assert.equal(fixed.filter((diagnostic) => String(diagnostic.code).startsWith('syntax/')).length, 0);
  });

  it('applies per-rule severities from the trialRecord.rules setting', async () => {
    const configured = new TestLspClient({ configuration: { rules: { 'design/single-group-multiple-arms': 'off' } } });
    await configured.initialize();
    await configured.open(URI, 'trial-record', EXAMPLE_TEXT);
    const diagnostics = await configured.diagnostics(URI, 1);
    await configured.shutdown();
    assert.ok(!diagnostics.some((diagnostic) => diagnostic.code === 'design/single-group-multiple-arms'));
    assert.ok(diagnostics.length > 0);
  });

  it('checks a registry download (JSON) with no schema errors', async () => {
    const json = JSON.stringify(parseYaml(EXAMPLE_TEXT), null, 2);
    const uri = 'file:///tmp/NCT01547091.json';
    await server().open(uri, 'trial-record-json', json);
    const diagnostics = await server().diagnostics(uri, 1);
    assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'design/single-group-multiple-arms'));
    assert.equal(diagnostics.filter((diagnostic) => String(diagnostic.code).startsWith('syntax/')).length, 0);
  });
});
