import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(__dirname, '../../dist/cli.js');
const EXAMPLES = join(__dirname, '../../examples');
const SEED = join(EXAMPLES, 'NCT01547091.trial.yaml');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function scratch(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'trial-record-cli-')), name);
  writeFileSync(file, text);
  return file;
}

describe('CLI: trial-record check', function () {
  this.timeout(20_000);

  it('prints findings as JSON in the documented shape and exits 1 on errors', () => {
    const { code, stdout } = run('check', SEED, '--format', 'json');
    assert.equal(code, 1);
    const reports = JSON.parse(stdout);
    assert.equal(reports.length, 1);
    assert.equal(reports[0].file, SEED);
    for (const finding of reports[0].findings) {
      assert.deepEqual(Object.keys(finding).sort(), ['message', 'path', 'range', 'rule', 'severity']);
      assert.match(finding.severity, /^(error|warning|info)$/);
      assert.equal(typeof finding.range.start.line, 'number');
      assert.equal(typeof finding.range.end.character, 'number');
    }
    const model = reports[0].findings.find(
      (finding: { rule: string }) => finding.rule === 'design/single-group-multiple-arms',
    );
    assert.equal(model.path, '/protocolSection/designModule/designInfo/interventionModel');
  });

  it('reports the seed contradictions, inside the items they concern, and nothing about ages', () => {
    const findings: { rule: string; path: string }[] = JSON.parse(run('check', SEED, '--format', 'json').stdout)[0]
      .findings;
    const inside = (prefix: string) =>
      findings.some((finding) => finding.path.startsWith(prefix) && !finding.rule.startsWith('schema/'));
    assert.ok(
      inside('/protocolSection/armsInterventionsModule/armGroups/2'),
      'active comparator receiving the experimental intervention',
    );
    assert.ok(inside('/protocolSection/armsInterventionsModule/interventions/2'), 'combined intervention');
    assert.ok(
      inside('/protocolSection/contactsLocationsModule/locations/0'),
      'recruiting site under an Unknown status',
    );
    assert.ok(!findings.some((finding) => finding.rule.includes('age')), 'no age finding');
  });

  it('exits 0 on a clean record and walks folders for record files', () => {
    const { code, stdout } = run('check', EXAMPLES, '--format', 'json');
    const files = JSON.parse(stdout).map((report: { file: string }) => report.file);
    assert.ok(files.length >= 3, `all examples checked: ${files}`);
    assert.equal(code, 1, 'the seed has errors');
    const clean = files.filter((file: string) => !file.includes('NCT01547091'));
    for (const file of clean) assert.equal(run('check', file).code, 0, `${file} is clean`);
  });

  it('exits 2 on a missing file and on a bad option, with a clear message', () => {
    const missing = run('check', '/nonexistent/record.trial.yaml');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read \/nonexistent\/record\.trial\.yaml/);
    const badFormat = run('check', SEED, '--format', 'xml');
    assert.equal(badFormat.code, 2);
    assert.match(badFormat.stderr, /Unknown format "xml"/);
    assert.equal(run('frobnicate').code, 2);
  });

  it('writes SARIF 2.1.0 with rules and 1-based regions', () => {
    const sarif = JSON.parse(run('check', SEED, '--format', 'sarif').stdout);
    assert.equal(sarif.version, '2.1.0');
    const [runResult] = sarif.runs;
    assert.ok(
      runResult.tool.driver.rules.some((rule: { id: string }) => rule.id === 'design/single-group-multiple-arms'),
    );
    const result = runResult.results.find(
      (entry: { ruleId: string }) => entry.ruleId === 'design/single-group-multiple-arms',
    );
    const line =
      readFileSync(SEED, 'utf8')
        .split('\n')
        .findIndex((text) => text.includes('interventionModel:')) + 1;
    assert.equal(result.locations[0].physicalLocation.region.startLine, line);
  });

  it('takes rule severities from .trialrecordrc.json found above the record', () => {
    const file = scratch('study.trial.yaml', readFileSync(SEED, 'utf8'));
    writeFileSync(
      join(file, '..', '.trialrecordrc.json'),
      JSON.stringify({ rules: { 'design/single-group-multiple-arms': 'off' } }),
    );
    const findings = JSON.parse(run('check', file, '--format', 'json').stdout)[0].findings;
    assert.ok(!findings.some((finding: { rule: string }) => finding.rule === 'design/single-group-multiple-arms'));
  });

  it('reports a syntax error in plain words instead of crashing', () => {
    const file = scratch('broken.trial.yaml', 'protocolSection:\n  designModule: [unclosed\n');
    const { code, stdout } = run('check', file, '--format', 'json');
    assert.equal(code, 1);
    assert.ok(JSON.parse(stdout)[0].findings.some((finding: { rule: string }) => finding.rule.startsWith('syntax/')));
  });
});

describe('CLI: trial-record rules and export', function () {
  this.timeout(20_000);

  it('lists every rule as JSON with id, severity, description, fixable and docs', () => {
    const rules = JSON.parse(run('rules', '--format', 'json').stdout);
    assert.ok(rules.length >= 40);
    for (const rule of rules)
      assert.deepEqual(Object.keys(rule).sort(), ['description', 'docs', 'fixable', 'id', 'severity']);
    assert.ok(rules.some((rule: { id: string }) => rule.id === 'schema/enum'));
  });

  it('exports YAML to registry JSON and back without losing a value', () => {
    const json = run('export', SEED, '--to', 'json');
    assert.equal(json.code, 0);
    const jsonFile = scratch('NCT01547091.json', json.stdout);
    const yaml = run('export', jsonFile, '--to', 'yaml');
    assert.equal(yaml.code, 0);
    const back = run('export', scratch('again.trial.yaml', yaml.stdout), '--to', 'json');
    assert.deepEqual(JSON.parse(back.stdout), JSON.parse(json.stdout));
  });
});
