/**
 * Keystroke → diagnostics latency over LSP, for Trial Record Studio's server and, in the same
 * run, yaml-language-server with our JSON Schema on the same files (the peer users compare us with).
 * Run: npm run bench (after npm run build). Prints median and p95 per file and server, the time to the
 * first diagnostics after opening, the server's CPU time per keystroke and its peak RSS (the last two
 * read from /proc, so Linux only: CPU time says what an edit costs even when other work shares the cores).
 * Our server runs from the production bundle, built for the run as the .vsix ships it (minified, no source map):
 * the development bundle in dist/ holds an inline source map and comments, which V8 keeps in the heap with the
 * script (~12 MiB more resident, and heap limits that grow with it).
 * Options: --ours-only (skip the peer), --only <text> (subjects whose name contains it), --edits <n>,
 * --dev-bundle (measure dist/server.js from `npm run build` instead);
 * TRIAL_RECORD_CORPUS=<folder> when the corpus is not at ../shared/corpus/v2json; BENCH_SERVER_NODE_FLAGS adds
 * Node flags to our server (`--cpu-prof --cpu-prof-dir=/tmp/prof` writes its CPU profile).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { stringify } from 'yaml';
import { SERVER_NODE_FLAGS } from '../server/src/lsp/protocol';

const ROOT = join(__dirname, '..');
// A worktree away from ../shared names the corpus in TRIAL_RECORD_CORPUS.
const CORPUS = process.env.TRIAL_RECORD_CORPUS ?? join(ROOT, '../shared/corpus/v2json');
const SCHEMA = join(ROOT, 'schemas/trial-record.schema.json');

interface Subject {
  readonly name: string;
  readonly text: string;
  readonly languageId: string;
  readonly extension: string;
  readonly edits: number;
}

interface Server {
  readonly name: string;
  readonly command: string[];
  /** yaml-language-server reads YAML only; our server reads both formats. */
  readonly languageIdFor: (subject: Subject) => string;
  readonly settings?: unknown;
}

function subjects(): Subject[] {
  const seed = readFileSync(join(ROOT, 'examples/NCT01547091.trial.yaml'), 'utf8');
  if (!existsSync(CORPUS)) {
    console.log('(../shared/corpus is absent: measuring the seed record only)');
    return [
      { name: 'seed record (YAML, 8 KB)', text: seed, languageId: 'trial-record', extension: '.trial.yaml', edits: 40 },
    ];
  }
  const typical = stringify(JSON.parse(readFileSync(join(CORPUS, 'NCT05521750.json'), 'utf8')));
  const largest = readFileSync(join(CORPUS, 'NCT02513394.json'), 'utf8');
  const largestYaml = stringify(JSON.parse(largest));
  return [
    {
      name: `typical record NCT05521750 (YAML, ${kb(typical)})`,
      text: typical,
      languageId: 'trial-record',
      extension: '.trial.yaml',
      edits: 40,
    },
    {
      name: `largest record NCT02513394 (JSON, ${kb(largest)})`,
      text: largest,
      languageId: 'trial-record-json',
      extension: '.json',
      edits: 15,
    },
    // The same record as YAML: its 1,500 KB results section is checked on every keystroke too.
    {
      name: `largest record NCT02513394 (YAML, ${kb(largestYaml)})`,
      text: largestYaml,
      languageId: 'trial-record',
      extension: '.trial.yaml',
      edits: 15,
    },
  ];
}

/** The server process's CPU time (user + system, ms) and peak RSS (MiB), when /proc has them. */
interface ProcessUsage {
  readonly cpuMs: number;
  readonly peakRssMiB: number;
}

function usageOf(pid: number | undefined): ProcessUsage | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const peakKiB = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    // Linux reports CPU time in clock ticks of 10 ms (USER_HZ = 100 on every mainstream architecture).
    return { cpuMs: ticks * 10, peakRssMiB: peakKiB / 1024 };
  } catch {
    return undefined;
  }
}

function kb(text: string): string {
  return `${Math.round(text.length / 1024)} KB`;
}

interface Measurement {
  readonly latencies: number[];
  /** didOpen → first diagnostics, wall-clock ms. */
  readonly firstDiagnosticsMs: number;
  /** Server CPU time from didOpen to the first diagnostics, and per keystroke on average (ms). */
  readonly openCpuMs?: number;
  readonly cpuPerEditMs?: number;
  readonly peakRssMiB?: number;
}

/** Opens the subject, then types characters into the brief title one by one, timing each publish. */
async function measure(server: Server, subject: Subject): Promise<Measurement> {
  const child = spawn(process.execPath, server.command, { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const waiting = new Map<number, (time: number) => void>();
  connection.onNotification('textDocument/publishDiagnostics', (params: { version?: number; uri: string }) => {
    // yaml-language-server publishes without a version: then the pending edit (there is one at a time) is the one
    // answered.
    const pending = params.version === undefined ? [...waiting.values()] : [waiting.get(params.version)];
    for (const resolve of pending) resolve?.(performance.now());
    if (params.version === undefined) waiting.clear();
  });
  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
    params.items.map((item) => (item.section === 'yaml' ? (server.settings as { yaml: unknown }).yaml : null)),
  );
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true } },
  });
  await connection.sendNotification('initialized', {});
  if (server.settings)
    await connection.sendNotification('workspace/didChangeConfiguration', { settings: server.settings });
  const uri = pathToFileURL(
    join('/tmp', `bench-subject${server.languageIdFor(subject) === 'yaml' ? '.yaml' : subject.extension}`),
  ).href;
  const published = (version: number) => new Promise<number>((resolve) => waiting.set(version, resolve));

  const opened = published(1);
  const beforeOpen = usageOf(child.pid);
  const openStart = performance.now();
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: server.languageIdFor(subject), version: 1, text: subject.text },
  });
  const firstDiagnosticsMs = (await withTimeout(opened, 120_000)) - openStart;
  const afterOpen = usageOf(child.pid);

  const anchor = subject.text.indexOf('briefTitle') + 'briefTitle'.length + 4;
  const lines = subject.text.slice(0, anchor).split('\n');
  const position = { line: lines.length - 1, character: lines[lines.length - 1].length };
  const latencies: number[] = [];
  for (let i = 0; i < subject.edits; i++) {
    const version = i + 2;
    const done = published(version);
    const start = performance.now();
    const at = { line: position.line, character: position.character + i };
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: at, end: at }, text: 'x' }],
    });
    latencies.push((await withTimeout(done, 120_000)) - start);
  }
  const afterEdits = usageOf(child.pid);
  // Shut down as an editor does (so that NODE_OPTIONS=--cpu-prof writes the server's profile), then make sure.
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await withTimeout(connection.sendRequest('shutdown'), 5_000).catch(() => undefined);
  await connection.sendNotification('exit');
  await withTimeout(exited, 5_000).catch(() => undefined);
  connection.dispose();
  child.kill();
  return {
    latencies,
    firstDiagnosticsMs,
    ...(beforeOpen && afterOpen && afterEdits
      ? {
          openCpuMs: afterOpen.cpuMs - beforeOpen.cpuMs,
          cpuPerEditMs: (afterEdits.cpuMs - afterOpen.cpuMs) / subject.edits,
          peakRssMiB: afterEdits.peakRssMiB,
        }
      : {}),
  };
}

/** The server bundle the .vsix ships, built into `folder` (esbuild.mjs --production, as scripts/package.mjs does). */
function buildProductionServer(folder: string): string {
  const built = spawnSync(process.execPath, [join(ROOT, 'esbuild.mjs'), '--production', '--outdir', folder], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`building the production bundle failed:\n${built.stderr}`);
  return join(folder, 'server.js');
}

/** Node flags for our server from BENCH_SERVER_NODE_FLAGS (`--cpu-prof --cpu-prof-dir=/tmp/prof` to profile it). */
function extraNodeFlags(): string[] {
  return (process.env.BENCH_SERVER_NODE_FLAGS ?? '').split(' ').filter((flag) => flag !== '');
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<T>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no diagnostics within ${ms} ms`)), ms);
  });
  // Cleared once settled: a pending timer would keep the bench alive for minutes after its last row.
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const devBundle = args.includes('--dev-bundle');
  const buildFolder = devBundle ? undefined : mkdtempSync(join(tmpdir(), 'trial-record-bench-lsp-'));
  try {
    await measureAll(args, buildFolder ? buildProductionServer(buildFolder) : join(ROOT, 'dist/server.js'));
  } finally {
    if (buildFolder) rmSync(buildFolder, { recursive: true, force: true });
  }
}

async function measureAll(args: readonly string[], serverBundle: string): Promise<void> {
  // Started as the extension starts it (the client's Node flags).
  const ours: Server = {
    name: 'trial-record-language-server',
    command: [...SERVER_NODE_FLAGS, ...extraNodeFlags(), serverBundle, '--stdio'],
    languageIdFor: (subject) => subject.languageId,
  };
  const peer: Server = {
    name: 'yaml-language-server + our JSON Schema',
    command: [join(ROOT, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'],
    languageIdFor: () => 'yaml',
    settings: {
      yaml: {
        validate: true,
        schemas: { [pathToFileURL(SCHEMA).href]: ['/tmp/bench-subject*'] },
        schemaStore: { enable: false },
      },
    },
  };
  const servers = args.includes('--ours-only') ? [ours] : [ours, peer];
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const edits = args.includes('--edits') ? Number(args[args.indexOf('--edits') + 1]) : undefined;
  console.log('Keystroke → diagnostics latency (ms), one character typed into briefTitle per edit;');
  console.log('first diagnostics after opening (wall ms, server CPU ms); server CPU ms per keystroke; peak RSS;');
  console.log(
    args.includes('--dev-bundle')
      ? 'our server: the development bundle (dist/server.js, with its inline source map)\n'
      : 'our server: the production bundle, as the .vsix ships it\n',
  );
  console.log(
    'file'.padEnd(44),
    'server'.padEnd(40),
    'median'.padStart(8),
    'p95'.padStart(8),
    'first'.padStart(8),
    'open CPU'.padStart(9),
    'CPU/edit'.padStart(9),
    'peak RSS'.padStart(9),
  );
  const chosen = subjects().filter((candidate) => !only || candidate.name.includes(only));
  for (const subject of chosen.map((candidate) => (edits ? { ...candidate, edits } : candidate))) {
    const results: Record<string, number> = {};
    for (const server of servers) {
      const measured = await measure(
        server,
        server === peer ? { ...subject, edits: Math.min(subject.edits, 10) } : subject,
      );
      results[server.name] = percentile(measured.latencies, 95);
      const optional = (value: number | undefined, digits: number, unit = '') =>
        (value === undefined ? 'n/a' : `${value.toFixed(digits)}${unit}`).padStart(9);
      console.log(
        subject.name.padEnd(44),
        server.name.padEnd(40),
        percentile(measured.latencies, 50).toFixed(1).padStart(8),
        percentile(measured.latencies, 95).toFixed(1).padStart(8),
        measured.firstDiagnosticsMs.toFixed(0).padStart(8),
        optional(measured.openCpuMs, 0),
        optional(measured.cpuPerEditMs, 1),
        optional(measured.peakRssMiB, 0, ' MiB'),
      );
    }
    if (servers.includes(peer)) {
      const ratio = results[ours.name] / results[peer.name];
      console.log(`${''.padEnd(44)} p95 ratio ours / peer: ${ratio.toFixed(2)}\n`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
