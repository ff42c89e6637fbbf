import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ZipFile } from 'yazl';

const CLI = join(__dirname, '../../dist/cli.js');
const RECORDS = join(__dirname, '../fixtures/records');
const NAMES = readdirSync(RECORDS)
  .filter((name) => /^NCT\d+\.json$/.test(name))
  .sort()
  .slice(0, 4);

function run(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args, '--today', '2025-11-20', '--format', 'jsonl'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const filesOf = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { file: string }).file);

/** Writes the fixture records into a zip, the ones in `stored` without compression. */
async function writeZip(path: string, stored: ReadonlySet<string> = new Set()): Promise<Buffer> {
  const zip = new ZipFile();
  for (const name of NAMES)
    zip.addBuffer(readFileSync(join(RECORDS, name)), `records/${name}`, { compress: !stored.has(name) });
  zip.end();
  await new Promise<void>((resolve, reject) =>
    zip.outputStream.pipe(createWriteStream(path)).on('close', resolve).on('error', reject),
  );
  return readFileSync(path);
}

describe('CLI: archive entries', function () {
  this.timeout(60_000);
  const dir = mkdtempSync(join(tmpdir(), 'trial-record-zip-'));

  it('checks stored and deflated entries alike, with and without workers', async () => {
    const zip = join(dir, 'mixed.zip');
    await writeZip(zip, new Set([NAMES[1], NAMES[3]]));
    const one = run(['check', zip, '--jobs', '1']);
    const two = run(['check', zip, '--jobs', '2']);
    assert.deepStrictEqual(
      filesOf(one.stdout),
      NAMES.map((name) => `${zip}:records/${name}`),
    );
    assert.equal(two.stdout, one.stdout);
    assert.equal(one.stderr, '');
  });

  it('names a damaged entry in one line and checks the others, with and without workers', async () => {
    const zip = join(dir, 'damaged.zip');
    const bytes = await writeZip(zip);
    // The second entry's compressed data, overwritten past its local header.
    const second = bytes.indexOf('PK\u0003\u0004', bytes.indexOf('PK\u0003\u0004') + 4);
    const dataStart = second + 30 + bytes.readUInt16LE(second + 26) + bytes.readUInt16LE(second + 28);
    bytes.fill(0xff, dataStart + 10, dataStart + 400);
    writeFileSync(zip, bytes);
    for (const jobs of ['1', '2']) {
      const { code, stdout, stderr } = run(['check', zip, '--jobs', jobs]);
      assert.equal(code, 1, `--jobs ${jobs}`);
      const damaged = `${zip}:records/${NAMES[1]}`;
      assert.deepStrictEqual(
        filesOf(stdout),
        NAMES.filter((_, index) => index !== 1).map((name) => `${zip}:records/${name}`),
      );
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
      assert.ok(stderr.includes(`cannot read ${damaged}: the entry`), stderr);
    }
  });
});
