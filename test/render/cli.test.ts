import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCommand, type RenderIo } from '../../server/src/cli/render';
import { parseFragment } from './helpers';

const example = readFileSync(join(__dirname, 'fixtures', 'seed.json'), 'utf8');

function memoryIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: RenderIo = {
    cwd: '/work',
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error('ENOENT: no such file');
      return text;
    },
    writeFile: async (path, text) => void (written[path] = text),
  };
  return { io, out, err, written };
}

describe('cli: trial-record render', () => {
  it('writes the page to stdout', async () => {
    const { io, out } = memoryIo({ '/work/NCT01547091.json': example });
    assert.equal(await renderCommand(['NCT01547091.json'], io), 0);
    const page = parseFragment(out.join(''));
    assert.match(out.join(''), /^<!DOCTYPE html>/);
    assert.ok(page.querySelector('h1')?.textContent?.startsWith('Safety and Efficacy Study'));
    assert.ok(page.querySelector('.findings-summary'));
  });

  it('writes to -o and reports the finding counts', async () => {
    const { io, out, written } = memoryIo({ '/work/NCT01547091.json': example });
    assert.equal(await renderCommand(['NCT01547091.json', '-o', 'out/page.html', '--title', 'Seed'], io), 0);
    assert.match(written['/work/out/page.html'] ?? '', /<title>Seed<\/title>/);
    assert.match(out.join(''), /^NCT01547091\.json → out\/page\.html \(.+\)\n$/);
  });

  it('exits 2 on usage and I/O errors', async () => {
    const { io, err } = memoryIo({});
    assert.equal(await renderCommand([], io), 2);
    assert.equal(await renderCommand(['a.json', 'b.json'], io), 2);
    assert.equal(await renderCommand(['missing.json'], io), 2);
    assert.equal(await renderCommand(['--bogus'], io), 2);
    assert.match(err.join(''), /cannot read missing\.json/);
  });
});
