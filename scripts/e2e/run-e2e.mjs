#!/usr/bin/env node
// Runs the extension's end-to-end suite inside a real VS Code: code-server (VS Code server +
// web workbench) with its remote Node extension host, opened by a headless Chromium through
// playwright-core. Adapted from shared/reference/e2e-example/run-e2e.mjs.
//
// usage: node scripts/e2e/run-e2e.mjs [--vsix FILE | --ext DIR] [--workspace DIR] [--tests FILE]
//          [--artifacts DIR] [--no-screenshots] [--grep TEXT] [--timeout SECONDS] [--verbose] [--keep]
//   --web        run the extension in the browser's web worker extension host (its `browser`
//                entry, the server in a web worker) instead of the Node one; with --vsix.
//   --vsix FILE  install the packaged extension (code-server --install-extension) and test it,
//                as a user would run it; without it, --ext DIR (default: the repo root) is loaded
//                as an extension under development.
//   defaults: --tests = dist/e2e/index.js, --artifacts = .e2e-artifacts (screenshots),
//             --workspace = a fresh copy of examples/ plus downloads/ with 5 registry records
//             from test/fixtures/records (for the workspace check).
// env:   E2E_HOME     folder made by scripts/e2e/install-code-server.sh
//                     (default ~/.cache/trial-record-e2e)
//        CODE_SERVER  code-server launcher (default $E2E_HOME/node_modules/.bin/code-server)
//        CHROMIUM     browser binary (default /usr/bin/chromium)
// exit:  0 when the tests pass, 1 when they fail, 2 on setup errors and timeouts.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import util from 'node:util';
import { argv, opt, root } from './options.mjs';

const vsix = opt('vsix') && path.resolve(root, opt('vsix'));
const extDir = path.resolve(root, opt('ext', '.'));
const testsFile = path.resolve(root, opt('tests', 'dist/e2e/index.js'));
const workspaceOption = opt('workspace');
const artifacts = argv.includes('--no-screenshots')
  ? undefined
  : path.resolve(root, opt('artifacts', '.e2e-artifacts'));
const web = argv.includes('--web');
const grep = opt('grep', web ? 'web extension' : '');
const timeoutMs = Number(opt('timeout', '300')) * 1000;
const verbose = argv.includes('--verbose');
const HOME = path.resolve(process.env.E2E_HOME || path.join(os.homedir(), '.cache/trial-record-e2e'));
const CODE_SERVER = process.env.CODE_SERVER || path.join(HOME, 'node_modules/.bin/code-server');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const t0 = Date.now();
const elapsed = () => ((Date.now() - t0) / 1000).toFixed(1);
const log = (...a) => console.log(`[e2e +${elapsed()}s]`, ...a);

function fail(message) {
  console.error(`[e2e] ${message}`);
  process.exit(2);
}
for (const [what, file] of [
  ['code-server (run scripts/e2e/install-code-server.sh)', CODE_SERVER],
  ['chromium', CHROMIUM],
  ['the bundled suite (run node scripts/e2e/build-tests.mjs)', testsFile],
  ...(workspaceOption ? [['the workspace', path.resolve(root, workspaceOption)]] : []),
  vsix ? ['the package (run npm run package)', vsix] : ['the extension manifest', path.join(extDir, 'package.json')],
]) {
  if (!fs.existsSync(file)) fail(`missing ${what}: ${file}`);
}
const manifest = JSON.parse(fs.readFileSync(path.join(vsix ? root : extDir, 'package.json'), 'utf8'));
const extensionId = `${manifest.publisher}.${manifest.name}`;
const main = manifest.main;
if (!vsix && main && !fs.existsSync(path.resolve(extDir, main)) && !fs.existsSync(path.resolve(extDir, main + '.js'))) {
  log(`warning: the extension's main (${main}) does not exist; run npm run build`);
}

/** playwright-core from the install folder, else from the repo's devDependencies. */
function loadPlaywright() {
  for (const base of [HOME, root]) {
    try {
      return createRequire(path.join(base, 'package.json'))('playwright-core');
    } catch {
      /* try the next one */
    }
  }
  fail('playwright-core not found in ' + HOME + ' or ' + root);
}
const { chromium } = loadPlaywright();

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net
      .createServer()
      .listen(0, '127.0.0.1', () => {
        const { port } = server.address();
        server.close(() => resolve(port));
      })
      .on('error', reject);
  });

const healthy = (url) =>
  new Promise((resolve) => {
    const request = http.get(url, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.setTimeout(2000, () => {
      request.destroy();
      resolve(false);
    });
  });

function extensionIdOf() {
  const { publisher, name } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  return `${publisher}.${name}`;
}

// Private, throw-away state for code-server (settings, extensions, config, sockets, logs).
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trial-record-e2e-'));
const mk = (p) => {
  const d = path.join(tmp, p);
  fs.mkdirSync(d, { recursive: true });
  return d;
};
const resultFile = path.join(tmp, 'result.json');
const shotDir = mk('shot');
fs.mkdirSync(path.join(tmp, 'user/User'), { recursive: true });
fs.writeFileSync(
  path.join(tmp, 'user/User/settings.json'),
  JSON.stringify(
    {
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.enableExperiments': false,
      'workbench.editor.enablePreview': false,
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'extensions.ignoreRecommendations': true,
      'security.workspace.trust.enabled': false,
      // The suite edits the example in memory; it must never reach the disk.
      'files.autoSave': 'off',
      'files.hotExit': 'off',
      'git.enabled': false,
      // --web: prefer the web worker host for the extension (the order of kinds decides).
      ...(web ? { 'remote.extensionKind': { [extensionIdOf()]: ['web'] } } : {}),
    },
    null,
    2,
  ),
);

/**
 * VS Code runs extension tests only next to an extension under development. With --vsix that is
 * an empty harness (a manifest, no code), so the extension under test is the installed one.
 */
function harnessExtension() {
  const dir = mk('harness');
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({
      name: 'e2e-harness',
      publisher: 'trial-record-e2e',
      version: '0.0.0',
      engines: { vscode: '*' },
    }),
  );
  return dir;
}

/** The default workspace: the examples, and a folder of registry downloads nobody has opened. */
function makeWorkspace() {
  const dir = mk('workspace');
  for (const name of fs.readdirSync(path.join(root, 'examples')))
    fs.copyFileSync(path.join(root, 'examples', name), path.join(dir, name));
  const downloads = path.join(dir, 'downloads');
  fs.mkdirSync(downloads);
  const fixtures = path.join(root, 'test/fixtures/records');
  for (const name of fs
    .readdirSync(fixtures)
    .filter((file) => /^NCT\d+\.json$/.test(file))
    .sort()
    .slice(0, 5)) {
    fs.copyFileSync(path.join(fixtures, name), path.join(downloads, name));
  }
  return dir;
}
const workspace = workspaceOption ? path.resolve(root, workspaceOption) : makeWorkspace();

const serverEnv = {
  ...process.env,
  TMPDIR: mk('tmp'),
  XDG_DATA_HOME: mk('data'),
  XDG_CONFIG_HOME: mk('config'),
  E2E_RESULT_FILE: resultFile,
  E2E_SCREENSHOT_DIR: artifacts ? shotDir : '',
  E2E_GREP: grep,
  E2E_INSTALLED: vsix ? '1' : '',
  E2E_WEB: web ? '1' : '',
};
const commonArgs = [
  '--user-data-dir',
  path.join(tmp, 'user'),
  '--extensions-dir',
  mk('extensions'),
  '--config',
  path.join(tmp, 'config.yaml'),
];

if (vsix) {
  // The user's way in: code-server installs the .vsix into the (throw-away) extensions folder.
  log(`installing ${path.relative(root, vsix)}`);
  const installed = spawnSync(CODE_SERVER, [...commonArgs, '--install-extension', vsix], {
    env: serverEnv,
    encoding: 'utf8',
  });
  if (installed.status !== 0) fail(`code-server --install-extension failed:\n${installed.stdout}\n${installed.stderr}`);
  if (verbose) console.log(installed.stdout.trim());
}

const port = Number(process.env.E2E_PORT) || (await freePort());
const base = `http://127.0.0.1:${port}`;
const serverLog = fs.createWriteStream(path.join(tmp, 'code-server.log'));
const server = spawn(
  CODE_SERVER,
  [
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    ...commonArgs,
    workspace,
  ],
  {
    // The extension host inherits this environment. TMPDIR/XDG_* keep code-server's sockets,
    // logs and heartbeat inside the throw-away folder.
    env: serverEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group, so cleanup reaches the extension host and the language server
  },
);
server.stdout.pipe(serverLog);
server.stderr.pipe(serverLog);
if (verbose) {
  server.stdout.pipe(process.stdout);
  server.stderr.pipe(process.stderr);
}
let serverExited = false;
server.on('exit', () => {
  serverExited = true;
});

let browser;
let cleaning;
let printed = Promise.resolve(); // keeps browser console lines in order while their arguments are read
function cleanup() {
  cleaning ??= (async () => {
    try {
      await browser?.close();
    } catch {
      /* already gone */
    }
    if (!serverExited) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      for (let i = 0; i < 50 && !serverExited; i++) await sleep(100);
      if (!serverExited) {
        try {
          process.kill(-server.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }
    }
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, async () => {
    log(`${signal}: stopping code-server and the browser; state kept in ${tmp}`);
    await cleanup();
    process.exit(2);
  });
}

/** Takes a screenshot whenever the suite writes `ready-<name>`, then answers `done-<name>`. */
function serveScreenshots(page) {
  const taken = new Set();
  let busy = false;
  let again = false;
  const scan = async () => {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    try {
      do {
        again = false;
        for (const file of fs.readdirSync(shotDir)) {
          const name = file.startsWith('ready-') && file.slice('ready-'.length);
          if (!name || taken.has(name)) continue;
          taken.add(name);
          await sleep(3000); // let the workbench paint (panel, webview) before capturing, also on a busy machine
          const target = path.join(artifacts, `${name}.png`);
          try {
            await page.screenshot({ path: target });
            log(`screenshot ${path.relative(root, target)}`);
          } catch (error) {
            log(`screenshot ${name} failed: ${error.message}`);
          }
          fs.writeFileSync(path.join(shotDir, `done-${name}`), '');
        }
      } while (again);
    } finally {
      busy = false;
    }
  };
  const watcher = fs.watch(shotDir, () => {
    scan().catch(() => {});
  });
  return () => watcher.close();
}

/**
 * The text of a browser console message. The extension host's console output arrives as
 * ('%c LEVEL', css, format, ...args); util.format drops the css and fills in mocha's %s/%d.
 */
async function formatConsole(message) {
  let args = await Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => '[object]')));
  if (args.length === 0) return { line: message.text(), forwarded: false };
  let forwarded = false;
  if (typeof args[0] === 'string' && args[0].startsWith('%c') && typeof args[1] === 'string') {
    forwarded = true;
    args = args.slice(2);
  }
  return { line: util.format(...args).replace(/\s+$/, ''), forwarded };
}

async function run() {
  log(`code-server pid ${server.pid} on ${base}, state in ${tmp}`);
  for (let i = 0; ; i++) {
    if (serverExited) throw new Error('code-server exited early; see ' + path.join(tmp, 'code-server.log'));
    if (await healthy(base + '/healthz')) break;
    if (i > 300) throw new Error('code-server did not answer /healthz within 30 s');
    await sleep(100);
  }
  log('code-server is up');

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    env: { ...process.env, XDG_CONFIG_HOME: mk('browser-config'), TMPDIR: mk('browser-tmp') },
    args: JSON.parse(fs.readFileSync(path.join(root, 'test/render/chromium-flags.json'), 'utf8')),
  });
  log('chromium is up');
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  let onExit;
  const exited = new Promise((resolve) => {
    onExit = resolve;
  });
  // VS Code calls these when it runs extension tests (the hooks @vscode/test-web uses).
  await page.exposeFunction('codeAutomationExit', (code) => onExit(code));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    if (verbose) console.log(`[vscode ${type}]`, ...(Array.isArray(args) ? args : [args]));
  });
  page.on('console', (message) => {
    const text = formatConsole(message);
    printed = printed
      .then(() => text)
      .then(
        ({ line, forwarded }) => {
          // Without --verbose: mocha's progress lines (indented, one line each), the suite's [e2e]
          // notes and activation errors. The failures are listed again at the end.
          const progress = forwarded && !line.includes('\n') && /^\s+\S/.test(line) && !/^\s+at /.test(line);
          const failureBlock = /^\s+\d+\) /.test(line) && line.includes('\n');
          if (verbose || progress || (!failureBlock && /\[e2e\]|Activating extension/.test(line)))
            console.log('[vscode]', line.slice(0, 4000));
        },
        () => {},
      );
  });
  page.on('pageerror', (error) => console.log('[browser pageerror]', error.message));

  let stopScreenshots = () => {};
  if (artifacts) {
    fs.mkdirSync(artifacts, { recursive: true });
    stopScreenshots = serveScreenshots(page);
  }

  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(vsix ? harnessExtension() : extDir)],
    ['extensionTestsPath', remote(testsFile)],
  ];
  const url = `${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  log('opening the workbench');
  await page.goto(url);

  const code = await Promise.race([exited, sleep(timeoutMs).then(() => 'timeout')]);
  stopScreenshots();
  await Promise.race([printed, sleep(2000)]);
  let result = null;
  try {
    result = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  } catch {
    /* no result written */
  }
  if (code === 'timeout') {
    log(`timed out after ${timeoutMs / 1000} s waiting for the tests to finish`);
    await page.screenshot({ path: path.join(tmp, 'timeout.png') }).catch(() => {});
  }
  log(`extension host exit code: ${code}`);
  if (result) {
    for (const skipped of result.skipped || [])
      console.log(`  SKIP ${skipped.title}${skipped.reason ? ` (${skipped.reason})` : ''}`);
    for (const failure of result.failures || []) console.log(`  FAIL ${failure.title}: ${failure.error}`);
    console.log(
      `${result.passed} passed, ${result.failed} failed${result.pending ? `, ${result.pending} skipped` : ''}`,
    );
  } else {
    console.log('0 passed, 1 failed (the suite wrote no result; see the logs)');
  }
  if (code === 'timeout') return 2;
  // A run that ran nothing (a --grep that matches no test, a suite that did not load) is no pass.
  return code === 0 && result && result.failed === 0 && result.passed > 0 ? 0 : 1;
}

/** On failure: the end of the extension's own log (its output channel), where server crashes show. */
function printExtensionLog() {
  const logs = path.join(tmp, 'user/logs');
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (full.includes(`${path.sep}${extensionId}${path.sep}`)) found.push(full);
    }
  };
  walk(logs);
  for (const file of found) {
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
    console.log(`--- last ${Math.min(lines.length, 30)} lines of ${path.relative(tmp, file)} ---`);
    console.log(lines.slice(-30).join('\n'));
  }
}

let rc = 2;
try {
  rc = await run();
} catch (error) {
  log('error: ' + (error.stack || error));
}
await cleanup();
if (rc !== 0) printExtensionLog();
if (rc === 0 && !argv.includes('--keep')) fs.rmSync(tmp, { recursive: true, force: true });
else log(`kept the state in ${tmp} (code-server.log; VS Code logs under user/logs/)`);
log(`done in ${elapsed()} s, exit ${rc}`);
process.exit(rc);
