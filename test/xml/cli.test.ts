import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { FIXTURE_LEGACY, ROOT } from './corpus';

const CLI = join(ROOT, 'dist/cli.js');
const SEED = join(ROOT, 'examples/NCT01547091.trial.yaml');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('CLI: trial-record export --to prs-xml / import', function () {
  this.timeout(20_000);

  it('exports PRS upload XML, with the org name from .trialrecordrc.json and findings on stderr', () => {
    const folder = mkdtempSync(join(tmpdir(), 'trial-record-xml-cli-'));
    const record = join(folder, 'study.trial.yaml');
    writeFileSync(record, readFileSync(SEED, 'utf8'));
    const out = join(folder, 'study.xml');
    const before = run('export', record, '--to', 'prs-xml', '-o', out);
    assert.equal(before.code, 0, before.stderr);
    assert.match(
      before.stderr,
      /warning export\/missing-setting \/protocolSection\/identificationModule\/organization/,
    );
    writeFileSync(join(folder, '.trialrecordrc.json'), JSON.stringify({ registry: { orgName: 'ACME-PRS' } }));
    const after = run('export', record, '--to', 'prs-xml', '-o', out);
    assert.doesNotMatch(after.stderr, /missing-setting/);
    const xml = readFileSync(out, 'utf8');
    assert.match(
      xml,
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<prs:study_collection xmlns:prs="http:\/\/clinicaltrials.gov\/prs">/,
    );
    assert.match(xml, /<org_name>ACME-PRS<\/org_name>/);
    const check = run('check', record);
    assert.doesNotMatch(check.stdout + check.stderr, /Unknown key "registry"/);
  });

  it('imports classic XML to YAML in module order, and to JSON with --to json', () => {
    const file = join(FIXTURE_LEGACY, 'NCT05687305.xml');
    const yaml = run('import', file);
    assert.equal(yaml.code, 0, yaml.stderr);
    const record = parse(yaml.stdout);
    assert.equal(record.protocolSection.identificationModule.nctId, 'NCT05687305');
    assert.deepEqual(Object.keys(record.protocolSection).slice(0, 2), ['identificationModule', 'statusModule']);
    const json = run('import', file, '--to', 'json');
    assert.deepEqual(JSON.parse(json.stdout), record);
  });

  it('round-trips through the CLI: export → import gives the record back', () => {
    const folder = mkdtempSync(join(tmpdir(), 'trial-record-xml-cli-'));
    const out = join(folder, 'seed.xml');
    run('export', SEED, '--to', 'prs-xml', '-o', out);
    const back = run('import', out, '-o', join(folder, 'seed.trial.yaml'));
    assert.equal(back.code, 0, back.stderr);
    const record = parse(readFileSync(join(folder, 'seed.trial.yaml'), 'utf8'));
    const seed = parse(readFileSync(SEED, 'utf8'));
    assert.equal(
      record.protocolSection.identificationModule.briefTitle,
      seed.protocolSection.identificationModule.briefTitle,
    );
    assert.deepEqual(record.protocolSection.armsInterventionsModule, seed.protocolSection.armsInterventionsModule);
  });

  it('says clearly when the file is not XML and exits 1', () => {
    const folder = mkdtempSync(join(tmpdir(), 'trial-record-xml-cli-'));
    const file = join(folder, 'bad.xml');
    writeFileSync(file, '<clinical_study><brief_title>x</clinical_study>');
    const result = run('import', file);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /error import\/not-xml .*not well-formed XML/);
  });
});
