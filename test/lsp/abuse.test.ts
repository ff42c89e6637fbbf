import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { stringify } from 'yaml';
import { createTrialRecordService, systemClock } from '../../server/src/core';
import { SafeTextDocument } from '../../server/src/lsp/documents';
import { IDLE_AFTER_MS } from '../../server/src/lsp/idleCollector';
import { SERVER_NODE_FLAGS } from '../../server/src/lsp/protocol';
import { toDiagnostic } from '../../server/src/lsp/convert';
import { createRandom, hostileInserts, type Random } from '../fuzz/mutate';
import { SERVER_BUNDLE, serverPerTest, type TestLspClient } from './lspClient';

/**
 * The language server under abuse, over stdio like an editor: the two-didChange kill from
 * issue 16, thousands of rapid edits (stale versions, ranges past the end, hostile text)
 * interleaved with requests at impossible positions, didClose during a check, unknown
 * methods and broken framing. Every request must be answered (never an internal error),
 * the last diagnostics must be those of a full check of the latest text, and memory must
 * come back. Latency and memory before/after are printed.
 */

const RECORDS = join(__dirname, '../fixtures/records');
const LARGEST = 'NCT05317416.json';
// The server reads the system clock; so does the full check it is compared with.
const service = createTrialRecordService({ clock: systemClock });

function rssMiB(pid: number | undefined): number {
  const status = pid ? readFileSync(`/proc/${pid}/status`, 'utf8') : '';
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  return match ? Math.round(Number(match[1]) / 1024) : NaN;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * RSS once the server is idle: past the idle delay after the last edit (when the server collects
 * after a burst), then read every 500 ms until two readings agree within 1 MiB (at most 10 s).
 * The baseline and the figure after the edits are taken the same way.
 */
async function settledRssMiB(pid: number | undefined): Promise<number> {
  await sleep(IDLE_AFTER_MS + 500);
  let previous = rssMiB(pid);
  for (let wait = 0; wait < 20; wait++) {
    await sleep(500);
    const current = rssMiB(pid);
    if (Math.abs(current - previous) <= 1) return current;
    previous = current;
  }
  return previous;
}

function percentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN);
}

/** What a full check of `text` publishes, in the server's own conversion. */
function expectedDiagnostics(text: string, format: 'yaml' | 'json'): string[] {
  const doc = service.parse(text, format);
  return service.check(doc).map((finding) => key(toDiagnostic(doc.lineIndex, finding)));
}

function key(diagnostic: Diagnostic): string {
  const { start, end } = diagnostic.range;
  return `${diagnostic.code} ${start.line}:${start.character}-${end.line}:${end.character}`;
}

/** A range inside `text`, or (sometimes) far outside it. */
function randomRange(random: Random, document: TextDocument) {
  const wild = random.chance(0.05);
  const at = () =>
    wild
      ? { line: random.pick([-5, 1e9, document.lineCount, 2 ** 31]), character: random.pick([-1, 0, 1e9, 3]) }
      : document.positionAt(random.int(0, document.getText().length));
  const a = at();
  const b = random.chance(0.7) ? a : at();
  return { start: a, end: b };
}

const HOSTILE_INSERTS = hostileInserts('x'.repeat(200));

describe('language server under abuse', function () {
  this.timeout(180_000);
  let client: TestLspClient;
  // Started as the extension starts it (client/src/extension.ts): with the bounded V8 heap flags.
  serverPerTest({
    setUp: (fresh) => void (client = fresh),
    ignoreShutdownErrors: true,
    nodeFlags: SERVER_NODE_FLAGS,
  });

  it('survives the two-didChange kill: a range at line 1e9, then a length change', async () => {
    const uri = 'file:///abuse/kill.trial.yaml';
    const text = stringify(JSON.parse(readFileSync(join(RECORDS, LARGEST), 'utf8')));
    await client.open(uri, 'trial-record', text);
    await client.diagnostics(uri, 1);
    await client.change(uri, 2, [
      { range: { start: { line: 1e9, character: 0 }, end: { line: 1e9, character: 0 } }, text: '\n' },
    ]);
    await client.change(uri, 3, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# edited\n' },
    ]);
    const hover = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 3, character: 6 },
    });
    assert.ok(hover, 'the server still answers');
    const mirror = SafeTextDocument.create(uri, 'trial-record', 1, text);
    SafeTextDocument.update(
      mirror,
      [{ range: { start: { line: 1e9, character: 0 }, end: { line: 1e9, character: 0 } }, text: '\n' }],
      2,
    );
    SafeTextDocument.update(
      mirror,
      [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# edited\n' }],
      3,
    );
    const diagnostics = await client.diagnostics(uri, 3);
    assert.deepEqual(diagnostics.map(key).sort(), expectedDiagnostics(mirror.getText(), 'yaml').sort());
    const rss = rssMiB(client.pid);
    console.log(`      server RSS after the two changes: ${rss} MiB`);
    assert.ok(!(rss > 400), `RSS ${rss} MiB`);
  });

  it("answers every request during thousands of hostile edits, ending with a full check's diagnostics", async () => {
    const random = createRandom(16);
    const value = JSON.parse(readFileSync(join(RECORDS, LARGEST), 'utf8'));
    const uri = 'file:///abuse/largest.trial.yaml';
    const text = stringify(value);
    const mirror = SafeTextDocument.create(uri, 'trial-record', 1, text);
    const textOfVersion = new Map<number, string>([[1, text]]);
    await client.open(uri, 'trial-record', text);
    await client.diagnostics(uri, 1);

    const hoverLatency = async (count: number) => {
      const times: number[] = [];
      for (let i = 0; i < count; i++) {
        const started = performance.now();
        await client.connection.sendRequest('textDocument/hover', {
          textDocument: { uri },
          position: { line: 5 + (i % 20), character: 6 },
        });
        times.push(performance.now() - started);
      }
      return times;
    };
    const rssCold = rssMiB(client.pid);

    let requests: Promise<number>[] = [];
    const failures: string[] = [];
    const request = (method: string, params: object) => {
      const started = performance.now();
      requests.push(
        client.connection.sendRequest(method, params).then(
          () => performance.now() - started,
          (reason: unknown) => {
            const error = reason as { code?: number; message?: string };
            // An explicit "cannot rename here" is an answer; an internal error is a bug.
            if (error.code === -32603 || error.code === undefined)
              failures.push(`${method}: ${error.code} ${error.message}`);
            return performance.now() - started;
          },
        ),
      );
    };
    const position = () =>
      random.chance(0.3)
        ? { line: random.pick([-1, 1e9, 0]), character: random.pick([-1, 1e9, 0]) }
        : mirror.positionAt(random.int(0, mirror.getText().length));

    let version = 1;
    let pacedRequests = 0;
    /** `count` edits, the first `paced` of them at 100 per second (a fast typist), the rest as a flood. */
    const storm = async (count: number, paced: number) => {
      for (let i = 0; i < count; i++) {
        const range = randomRange(random, mirror);
        const insert = random.chance(0.5) ? random.pick(HOSTILE_INSERTS) : '';
        const stale = random.chance(0.03);
        const next = stale ? version : version + 1; // a reused version number
        const change = random.chance(0.002)
          ? { text: mirror.getText() }
          : { range, text: insert || (random.chance(0.5) ? '' : 'z') };
        SafeTextDocument.update(mirror, [change], next);
        version = next;
        // A reused number names two texts; only unambiguous versions are checked below.
        textOfVersion.set(version, stale ? '\u0000ambiguous' : mirror.getText());
        await client.change(uri, version, [change]);
        if (i % 10 === 0) {
          const textDocument = { uri };
          request('textDocument/hover', { textDocument, position: position() });
          request('textDocument/completion', { textDocument, position: position() });
          request('textDocument/documentSymbol', { textDocument });
          request('textDocument/codeAction', {
            textDocument,
            range: { start: position(), end: position() },
            context: { diagnostics: [] },
          });
          request('textDocument/prepareRename', { textDocument, position: position() });
          request('textDocument/rename', { textDocument, position: position(), newName: 'Renamed' });
          request('textDocument/definition', { textDocument, position: position() });
        }
        if (i < paced) await new Promise((resolve) => setTimeout(resolve, 10));
        else if (i % 5 === 0) await new Promise((resolve) => setImmediate(resolve));
        if (i === paced - 1) pacedRequests = requests.length;
        if (i % 250 === 0) rssPeak = Math.max(rssPeak, rssMiB(client.pid));
        if (process.env.ABUSE_EDITS && i % 2500 === 0) console.log(`      … ${i} edits, RSS ${rssMiB(client.pid)} MiB`);
      }
    };
    /** A harmless edit with a fresh version number, and the diagnostics the server must publish for it. */
    const settle = async () => {
      version += 1;
      const noop = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' };
      SafeTextDocument.update(mirror, [noop], version);
      await client.change(uri, version, [noop]);
      return client.diagnostics(uri, version, 30_000);
    };
    let rssPeak = 0;
    // Warm up on the same document: the heap grows to its working size once; the baseline is taken
    // after that, once the server is idle, so what stays after the edits below is retention.
    await storm(500, 0);
    await Promise.all(requests);
    requests = [];
    await settle();
    await hoverLatency(20);
    const rssBefore = await settledRssMiB(client.pid);
    const before = await hoverLatency(50);

    const EDITS = Number(process.env.ABUSE_EDITS ?? 5_000);
    const PACED = 1_000;
    const started = performance.now();
    await storm(EDITS, PACED);
    const latencies = await Promise.all(requests);
    const stormSeconds = (performance.now() - started) / 1000;
    // Ask for a final version the server must publish, then measure the same way as the baseline.
    const final = await settle();
    await sleep(300);
    const after = await hoverLatency(50);
    const rssAfter = await settledRssMiB(client.pid);
    const published = client.published.filter((params) => params.uri === uri);

    const paced = latencies.slice(0, pacedRequests);
    const flood = latencies.slice(pacedRequests);
    const ms = (values: readonly number[], ...qs: number[]) =>
      qs.map((q) => `${q === 1 ? 'max' : `p${q * 100}`} ${percentile(values, q)} ms`).join(', ');
    const print = (line: string) => console.log(`      ${line}`);
    print(
      `${EDITS} edits in ${stormSeconds.toFixed(1)} s (${PACED} at 100/s, then a flood), ${requests.length} requests`,
    );
    print(`request latency at 100 edits/s: ${ms(paced, 0.5, 0.95, 1)}`);
    print(`request latency in the flood (queued behind edits): ${ms(flood, 0.5, 1)}`);
    print(`hover before: ${ms(before, 0.5, 0.95)}; after: ${ms(after, 0.5, 0.95)}`);
    print(`server RSS (${SERVER_NODE_FLAGS.join(' ')}): cold ${rssCold} MiB; baseline after open + 500-edit warm-up`);
    print(`  ${rssBefore} MiB; peak during ${EDITS} edits ${rssPeak} MiB; idle after them ${rssAfter} MiB`);

    assert.deepEqual(failures, [], 'no internal errors');
    assert.equal(latencies.length, requests.length, 'every request answered');
    // The incremental path must agree with a full parse of the same text.
    assert.deepEqual(final.map(key).sort(), expectedDiagnostics(mirror.getText(), 'yaml').sort());
    // The last diagnostics published are the final version's; every publication fits its own version's text.
    assert.equal(published[published.length - 1].version, version);
    for (const params of published) {
      const versionText = textOfVersion.get(params.version!);
      if (versionText === undefined || versionText === '\u0000ambiguous') continue;
      const lines = TextDocument.create(uri, 'x', 0, versionText);
      for (const diagnostic of params.diagnostics) {
        for (const end of [diagnostic.range.start, diagnostic.range.end]) {
          assert.ok(end.line < lines.lineCount, `line ${end.line} of ${lines.lineCount} (v${params.version})`);
          const offset = lines.offsetAt(end);
          assert.deepEqual(
            lines.positionAt(offset),
            end,
            `position ${end.line}:${end.character} inside its line (v${params.version})`,
          );
        }
      }
    }
    assert.ok(rssAfter <= rssBefore * 1.2, `RSS back within 20% of its baseline: ${rssBefore} → ${rssAfter} MiB`);
  });

  it('compares the incremental re-parse with a full parse after fuzzed edit sequences', async () => {
    const random = createRandom(7);
    const names = ['NCT05317416.json', 'NCT03608150.json', 'NCT00356603.json'];
    for (const [index, name] of names.entries()) {
      for (const format of ['yaml', 'json'] as const) {
        const value = JSON.parse(readFileSync(join(RECORDS, name), 'utf8'));
        const uri = `file:///abuse/seq-${index}.trial.${format}`;
        const text = format === 'json' ? JSON.stringify(value, null, 2) : stringify(value);
        const mirror = SafeTextDocument.create(uri, format === 'json' ? 'trial-record-json' : 'trial-record', 1, text);
        await client.open(uri, mirror.languageId, text);
        let version = 1;
        for (let i = 0; i < 150; i++) {
          const change = {
            range: randomRange(random, mirror),
            text: random.chance(0.5) ? random.pick(HOSTILE_INSERTS) : '',
          };
          version++;
          SafeTextDocument.update(mirror, [change], version);
          await client.change(uri, version, [change]);
        }
        const diagnostics = await client.diagnostics(uri, version, 30_000);
        assert.deepEqual(
          diagnostics.map(key).sort(),
          expectedDiagnostics(mirror.getText(), format).sort(),
          `${name} as ${format}`,
        );
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      }
    }
  });

  it('clears diagnostics when a document closes during its check', async () => {
    const uri = 'file:///abuse/close.trial.json';
    const text = readFileSync(join(RECORDS, LARGEST), 'utf8');
    await client.open(uri, 'trial-record-json', text.replace('"protocolSection"', '"protocolSection" "broken"'));
    await client.change(uri, 2, [{ text: text + '{' }]);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const published = client.published.filter((params) => params.uri === uri);
    assert.ok(published.length > 0, 'diagnostics were cleared');
    assert.deepEqual(published[published.length - 1].diagnostics, [], 'a closed document keeps no diagnostics');
    const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols, null, 'requests on a closed document answer null');
  });

  it('answers unknown methods with MethodNotFound and keeps serving', async () => {
    await assert.rejects(
      client.connection.sendRequest('trialRecord/noSuchMethod', {}),
      (error: { code: number }) => error.code === -32601,
    );
    await client.connection.sendNotification('trialRecord/noSuchNotification', { x: 1 });
    const uri = 'file:///abuse/after.trial.yaml';
    await client.open(uri, 'trial-record', 'protocolSection: {}\n');
    assert.ok(Array.isArray(await client.diagnostics(uri, 1)));
  });
});

describe('language server: broken framing on stdin', function () {
  this.timeout(30_000);
  const faults: Array<[string, Buffer]> = [
    ['no Content-Length', Buffer.from('Content-Type: application/json\r\n\r\n{}')],
    ['a huge Content-Length', Buffer.from('Content-Length: 99999999999\r\n\r\n{')],
    ['NUL bytes in the header', Buffer.from('Content-\0Length: 2\r\n\r\n{}')],
    ['a body that is not JSON', Buffer.from('Content-Length: 4\r\n\r\n\0\0\0\0')],
  ];
  for (const [name, bytes] of faults) {
    it(`logs ${name} and exits so the editor restarts it`, async () => {
      const server = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let stderr = '';
      server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
      server.stdin.write(bytes);
      const code = await Promise.race([
        exited,
        new Promise<'alive'>((resolve) => setTimeout(() => resolve('alive'), 5_000)),
      ]);
      if (code === 'alive') server.kill();
      assert.notEqual(code, 'alive', 'the server exits instead of waiting deaf');
      assert.notEqual(code, 0);
      assert.match(stderr, /protocol stream fault/);
    });
  }
});
