import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ZipFile } from 'yazl';

const CLI = join(__dirname, '../../dist/cli.js');
const RECORDS = join(__dirname, '../fixtures/records');
const TODAY = '2025-11-20';
const NAMES = readdirSync(RECORDS)
  .filter((name) => /^NCT\d+\.json$/.test(name))
  .sort();
const textOf = (name: string) => readFileSync(join(RECORDS, name), 'utf8');
const studyOf = (name: string) => JSON.parse(textOf(name));

interface Report {
  file: string;
  nctId?: string;
  findings: { rule: string; severity: string; path: string; range: { start: { line: number; character: number } } }[];
}

function run(args: string[], options: { input?: string; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args, '--today', TODAY], {
    encoding: 'utf8',
    input: options.input,
    cwd: options.cwd,
    maxBuffer: 1 << 28,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function jsonl(stdout: string): Report[] {
  return stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Report);
}

function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'trial-record-bulk-'));
}

async function writeZip(path: string, entries: [string, string | Buffer][]): Promise<void> {
  const zip = new ZipFile();
  for (const [name, text] of entries) zip.addBuffer(Buffer.from(text), name);
  zip.end();
  await new Promise<void>((resolve, reject) =>
    zip.outputStream.pipe(createWriteStream(path)).on('close', resolve).on('error', reject),
  );
}

describe('CLI: bulk inputs', function () {
  this.timeout(60_000);
  const dir = scratchDir();
  const five = NAMES.slice(0, 5);

  it('reads a .zip entry by entry and names each record by archive and entry', async () => {
    const zip = join(dir, 'archive.zip');
    await writeZip(zip, [
      ['README.txt', 'not a record'],
      ...five.map((name): [string, string] => [`${name.slice(0, 7)}xxxx/${name}`, textOf(name)]),
    ]);
    const { code, stdout, stderr } = run(['check', zip, '--format', 'jsonl']);
    assert.equal(stderr, '');
    assert.ok(code === 0 || code === 1);
    const reports = jsonl(stdout);
    assert.deepEqual(
      reports.map((report) => report.file),
      five.map((name) => `${zip}:${name.slice(0, 7)}xxxx/${name}`),
    );
    assert.deepEqual(
      reports.map((report) => report.nctId),
      five.map((name) => name.slice(0, -5)),
    );
    // The same findings as checking the files themselves.
    const direct = jsonl(run(['check', ...five.map((name) => join(RECORDS, name)), '--format', 'jsonl']).stdout);
    assert.deepEqual(
      reports.map((report) => report.findings),
      direct.map((report) => report.findings),
    );
  });

  it('reads a JSON array of studies (ctg-studies.json) and gives ranges in the file itself', () => {
    const file = join(dir, 'ctg-studies.json');
    writeFileSync(file, JSON.stringify(five.map(studyOf), null, 2));
    const reports = jsonl(run(['check', file, '--format', 'jsonl']).stdout);
    assert.deepEqual(
      reports.map((report) => report.file),
      five.map((_, index) => `${file}#/${index}`),
    );
    assert.deepEqual(
      reports.map((report) => report.nctId),
      five.map((name) => name.slice(0, -5)),
    );
    // Items of the pretty-printed array start at "  {" and end at "  }": each finding must lie inside its own item.
    const lines = readFileSync(file, 'utf8').split('\n');
    const starts = lines.flatMap((line, index) => (line === '  {' ? [index] : []));
    const ends = lines.flatMap((line, index) => (/^ {2}\},?$/.test(line) ? [index] : []));
    assert.equal(starts.length, five.length);
    let keyed = 0;
    let onKeyLine = 0;
    reports.forEach((report, item) => {
      for (const finding of report.findings) {
        const line = finding.range.start.line;
        assert.ok(line >= starts[item] && line <= ends[item], `${finding.rule} of item ${item} at line ${line + 1}`);
        const key = finding.path.split('/').pop() ?? '';
        if (!/^[a-zA-Z]+$/.test(key)) continue;
        keyed++;
        if (lines[line].includes(`"${key}"`)) onKeyLine++;
      }
    });
    assert.ok(keyed > 0 && onKeyLine >= keyed * 0.9, `${onKeyLine} of ${keyed} findings sit on their key's line`);
  });

  it('reads an API page { "studies": [...] } and JSON Lines', () => {
    const page = join(dir, 'page.json');
    writeFileSync(page, JSON.stringify({ studies: five.slice(0, 3).map(studyOf), nextPageToken: 'abc' }));
    assert.deepEqual(
      jsonl(run(['check', page, '--format', 'jsonl']).stdout).map((report) => report.file),
      [0, 1, 2].map((index) => `${page}#/studies/${index}`),
    );
    const lines = join(dir, 'studies.jsonl');
    writeFileSync(lines, five.map((name) => JSON.stringify(studyOf(name))).join('\n') + '\n');
    const reports = jsonl(run(['check', lines, '--format', 'jsonl']).stdout);
    assert.deepEqual(
      reports.map((report) => report.file),
      five.map((_, index) => `${lines}:${index + 1}`),
    );
    assert.ok(
      reports.every((report) =>
        report.findings.every((finding) => finding.range.start.line === Number(report.file.split(':').pop()) - 1),
      ),
    );
  });

  it('reads standard input: JSON Lines, or one YAML record', () => {
    const input = five.map((name) => JSON.stringify(studyOf(name))).join('\n');
    const reports = jsonl(run(['check', '-', '--format', 'jsonl'], { input }).stdout);
    assert.deepEqual(
      reports.map((report) => report.nctId),
      five.map((name) => name.slice(0, -5)),
    );
    const yaml = readFileSync(join(__dirname, '../../examples/NCT01547091.trial.yaml'), 'utf8');
    const single = jsonl(run(['check', '-', '--format', 'jsonl'], { input: yaml }).stdout);
    assert.equal(single.length, 1);
    assert.equal(single[0].file, '<stdin>');
    assert.ok(single[0].findings.some((finding) => finding.rule === 'design/single-group-multiple-arms'));
  });

  it('expands glob patterns', () => {
    const { stdout } = run(['check', 'NCT00*.json', '--format', 'jsonl'], { cwd: RECORDS });
    const expected = NAMES.filter((name) => name.startsWith('NCT00'));
    assert.deepEqual(
      jsonl(stdout).map((report) => report.file),
      expected,
    );
  });
});

describe('CLI: bad inputs', function () {
  this.timeout(60_000);
  const dir = scratchDir();
  const good = join(RECORDS, NAMES[0]);

  it('says a corrupt zip cannot be read, checks the rest, and exits 2 only when nothing was checked', () => {
    const zip = join(dir, 'broken.zip');
    writeFileSync(zip, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]));
    const alone = run(['check', zip]);
    assert.equal(alone.code, 2);
    assert.match(alone.stderr, /cannot read .*broken\.zip: not a readable ZIP archive/);
    const withGood = run(['check', zip, good, '--format', 'jsonl']);
    assert.equal(withGood.code, 1, 'an unreadable input is an error, but not a usage error');
    assert.equal(jsonl(withGood.stdout).length, 1);
  });

  it('checks the records before the point where a list is cut off', () => {
    const file = join(dir, 'truncated.json');
    const full = JSON.stringify(NAMES.slice(0, 3).map(studyOf), null, 2);
    writeFileSync(file, full.slice(0, full.lastIndexOf('"protocolSection"')));
    const { code, stdout, stderr } = run(['check', file, '--format', 'jsonl']);
    assert.equal(code, 1);
    assert.equal(jsonl(stdout).length, 2);
    assert.match(stderr, /truncated\.json, line \d+: the file ends inside record \/2/);
  });

  it('reports a non-record JSON file in a folder, skips other files, and checks the rest', () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    writeFileSync(join(folder, 'NCT09999999.json'), '[1, 2, 3]');
    writeFileSync(join(folder, 'notes.json'), '{"not": "a record"}');
    writeFileSync(join(folder, NAMES[0]), textOf(NAMES[0]));
    const reports = jsonl(run(['check', folder, '--format', 'jsonl']).stdout);
    assert.deepEqual(
      reports.map((report) => report.file),
      [join(folder, NAMES[0]), join(folder, 'NCT09999999.json')],
    );
    const odd = reports[1].findings;
    assert.equal(odd.length, 1);
    assert.equal(odd[0].rule, 'schema/type');
  });

  it('gives an empty file a finding, and names an unreadable file in one line while the rest is checked', () => {
    const folder = join(dir, 'mixed');
    mkdirSync(folder);
    writeFileSync(join(folder, 'empty.trial.yaml'), '');
    symlinkSync(join(folder, 'missing-target.json'), join(folder, 'NCT00000000.json'));
    writeFileSync(join(folder, NAMES[1]), textOf(NAMES[1]));
    const { code, stdout, stderr } = run(['check', folder, '--format', 'jsonl']);
    assert.equal(code, 1);
    const reports = jsonl(stdout);
    assert.deepEqual(
      reports.map((report) => report.file),
      [join(folder, NAMES[1]), join(folder, 'empty.trial.yaml')],
    );
    assert.deepEqual(
      reports[1].findings.map((finding) => finding.rule),
      ['syntax/empty-file'],
    );
    assert.equal(stderr.trim().split('\n').length, 1);
    assert.match(stderr, /cannot read .*NCT00000000\.json: the symbolic link points to nothing/);
  });

  it('follows symbolic links once, survives a link loop and a folder named like a record', () => {
    const folder = join(dir, 'links');
    mkdirSync(join(folder, 'odd.trial.yaml'), { recursive: true });
    writeFileSync(join(folder, 'odd.trial.yaml', NAMES[2]), textOf(NAMES[2]));
    symlinkSync(folder, join(folder, 'odd.trial.yaml', 'loop'));
    symlinkSync(join(RECORDS, NAMES[3]), join(folder, NAMES[3]));
    const { stdout, stderr } = run(['check', folder, '--format', 'jsonl']);
    assert.deepEqual(
      jsonl(stdout).map((report) => report.nctId),
      [NAMES[3], NAMES[2]].map((name) => name.slice(0, -5)),
    );
    assert.match(stderr, /skipped .*loop: this symbolic link leads back to a folder already being checked/);
  });
});

describe('CLI: parallel runs and big-run options', function () {
  this.timeout(120_000);

  it('prints the same bytes, in the same order, with 1 and 2 threads', () => {
    for (const format of ['text', 'json', 'jsonl', 'sarif']) {
      const one = run(['check', RECORDS, '--format', format, '--jobs', '1']);
      const two = run(['check', RECORDS, '--format', format, '--jobs', '2']);
      assert.equal(two.stdout, one.stdout, format);
      assert.equal(two.code, one.code);
    }
    const json = JSON.parse(run(['check', RECORDS, '--format', 'json', '--jobs', '2']).stdout);
    assert.equal(json.length, NAMES.length);
    const sarif = JSON.parse(run(['check', RECORDS, '--format', 'sarif', '--jobs', '2']).stdout);
    assert.equal(sarif.version, '2.1.0');
  });

  it('filters by rule and caps the findings printed, still counting them all', () => {
    const only = jsonl(run(['check', RECORDS, '--format', 'jsonl', '--rule', 'schema/*']).stdout);
    const rules = new Set(only.flatMap((report) => report.findings.map((finding) => finding.rule)));
    assert.ok(rules.size > 0);
    for (const rule of rules) assert.match(rule, /^schema\//);
    const all = run(['check', RECORDS]).stdout;
    const capped = run(['check', RECORDS, '--max-findings', '3']).stdout;
    assert.equal(capped.split('\n').filter((line) => /^\s+\d+:\d+ /.test(line)).length, 3);
    assert.equal(
      capped.split('\n').find((line) => / in \d+ records\.$/.test(line)),
      all.split('\n').find((line) => / in \d+ records\.$/.test(line)),
    );
    assert.match(capped, /more findings not shown \(--max-findings\)/);
  });

  it('draws no progress bar when stderr is not a terminal', () => {
    assert.equal(run(['check', RECORDS, '--jobs', '2']).stderr, '');
  });
});
