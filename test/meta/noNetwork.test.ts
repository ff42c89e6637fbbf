import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * No network, ever: the CLI and the language server run with every socket, DNS and HTTP
 * entry point of Node replaced by a tripwire (a preload script). A record is checked,
 * fixed, rendered and edited; any attempt to open a connection is written to stderr and
 * fails this test. (stdio pipes are not sockets that connect, so the server still talks.)
 */

const DIST = join(__dirname, '../../dist');
const RECORD = join(__dirname, '../fixtures/records/NCT05317416.json');
const TRIPWIRE = `
const net = require('node:net'); const tls = require('node:tls'); const dns = require('node:dns');
const http = require('node:http'); const https = require('node:https'); const dgram = require('node:dgram');
const trip = (what) => function () { process.stderr.write('NETWORK ATTEMPT: ' + what + '\\n'); \
throw new Error('network is not allowed: ' + what); };
net.Socket.prototype.connect = trip('net.Socket.connect');
net.connect = net.createConnection = trip('net.connect');
tls.connect = trip('tls.connect');
dns.lookup = dns.resolve = trip('dns'); dns.promises.lookup = trip('dns.promises.lookup');
http.request = http.get = trip('http.request'); https.request = https.get = trip('https.request');
dgram.createSocket = trip('dgram.createSocket');
if (globalThis.fetch) globalThis.fetch = trip('fetch');
`;

function frame(message: object): string {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

describe('no network access', function () {
  this.timeout(120_000);
  let folder: string;
  let tripwire: string;

  before(function () {
    if (!existsSync(join(DIST, 'cli.js')) || !existsSync(join(DIST, 'server.js')))
      throw new Error('dist/ is missing: run "npm run build" first.');
    folder = mkdtempSync(join(tmpdir(), 'trial-record-no-network-'));
    tripwire = join(folder, 'tripwire.cjs');
    writeFileSync(tripwire, TRIPWIRE);
    writeFileSync(
      join(folder, 'a.trial.json'),
      readFileSync(RECORD, 'utf8').replace('"INTERVENTIONAL"', '"interventional"'),
    );
  });

  it('the tripwire itself catches a connection attempt', () => {
    const result = spawnSync(
      process.execPath,
      ['--require', tripwire, '-e', "require('node:net').connect(80, 'example.org')"],
      { encoding: 'utf8' },
    );
    assert.match(result.stderr, /NETWORK ATTEMPT/);
  });

  it('the CLI checks, fixes and renders without opening a socket', () => {
    const file = join(folder, 'a.trial.json');
    for (const args of [
      ['check', file, '--format', 'sarif'],
      ['fix', file],
      ['render', file, '-o', join(folder, 'a.html')],
      ['rules'],
    ]) {
      const result = spawnSync(process.execPath, ['--require', tripwire, join(DIST, 'cli.js'), ...args], {
        encoding: 'utf8',
      });
      assert.doesNotMatch(result.stderr, /NETWORK ATTEMPT/, args.join(' '));
      assert.ok(result.status !== null && result.status <= 2, `${args[0]} exit ${result.status}: ${result.stderr}`);
    }
  });

  it('the language server opens, checks, hovers and previews a record without opening a socket', async () => {
    const uri = pathToFileURL(join(folder, 'a.trial.json')).href;
    const text = readFileSync(join(folder, 'a.trial.json'), 'utf8');
    const server = spawn(process.execPath, ['--require', tripwire, join(DIST, 'server.js'), '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const answered = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no answer to shutdown: ${stdout.slice(0, 300)} ${stderr.slice(0, 300)}`)),
        60_000,
      );
      server.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('"id":4')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const send = (message: object) => server.stdin.write(frame(message));
    send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    send({ jsonrpc: '2.0', method: 'initialized', params: {} });
    send({
      jsonrpc: '2.0',
      method: 'textDocument/didOpen',
      params: { textDocument: { uri, languageId: 'trial-record-json', version: 1, text } },
    });
    send({
      jsonrpc: '2.0',
      id: 2,
      method: 'textDocument/hover',
      params: { textDocument: { uri }, position: { line: 3, character: 8 } },
    });
    send({ jsonrpc: '2.0', id: 3, method: 'textDocument/documentLink', params: { textDocument: { uri } } });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    send({ jsonrpc: '2.0', id: 4, method: 'shutdown' });
    await answered;
    send({ jsonrpc: '2.0', method: 'exit' });
    server.stdin.end();
    await new Promise((resolve) => server.once('exit', resolve));
    assert.doesNotMatch(stderr, /NETWORK ATTEMPT/);
    assert.match(stdout, /publishDiagnostics/);
  });
});
