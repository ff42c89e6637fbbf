import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import * as yauzl from 'yauzl';

const root = join(__dirname, '../..');
const MAX_BYTES = 2 * 1024 * 1024;

/** Every file the extension may ship; anything else in the .vsix is a stray. */
const ALLOWED: readonly RegExp[] = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/(package\.json|package\.nls\.json|readme\.md|changelog\.md|LICENSE\.txt)$/,
  /^extension\/dist\/(client|server|preview)\.js$/,
  /^extension\/l10n\/bundle\.l10n\.json$/,
  /^extension\/dist\/web\/(client|server)\.js$/,
  /^extension\/dist\/preview\.css$/,
  /^extension\/dist\/syntaxes\/[A-Za-z-.]+\.tmLanguage\.json$/,
  /^extension\/media\/icon\.png$/,
  /^extension\/media\/walkthrough\/[a-z-]+\.md$/,
  /^extension\/syntaxes\/[A-Za-z-.]+\.json$/,
  /^extension\/schemas\/(trial-record|trialrecordrc)\.schema\.json$/,
  /^extension\/docs\/rules\.md$/,
  /^extension\/examples\/NCT01547091\.trial\.yaml$/,
];

interface Entry {
  readonly name: string;
  readonly read: () => Promise<string>;
}

function listZip(file: string): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (error, zip) => {
      if (error || !zip) return reject(error);
      const entries: Entry[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        const read = () =>
          new Promise<string>((done, fail) =>
            zip.openReadStream(entry, (streamError, stream) => {
              if (streamError || !stream) return fail(streamError);
              const chunks: Buffer[] = [];
              stream.on('data', (chunk: Buffer) => chunks.push(chunk));
              stream.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
              stream.on('error', fail);
            }),
          );
        entries.push({ name: entry.fileName, read });
        zip.readEntry();
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

describe('meta: the .vsix package (npm run package)', function () {
  this.timeout(120_000);
  let dir: string;
  let vsix: string;
  let entries: Entry[];
  const content = (name: string) => {
    const entry = entries.find((candidate) => candidate.name === name);
    assert.ok(entry, `${name} is in the package`);
    return entry.read();
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'trial-record-package-test-'));
    vsix = join(dir, 'test.vsix');
    execFileSync(process.execPath, [join(root, 'scripts/package.mjs'), '--out', vsix], { cwd: root, stdio: 'pipe' });
    entries = await listZip(vsix);
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('holds only files the extension runs or shows: no sources, tests, source maps or CLI', () => {
    const strays = entries.map((entry) => entry.name).filter((name) => !ALLOWED.some((pattern) => pattern.test(name)));
    assert.deepEqual(strays, []);
    assert.ok(!entries.some((entry) => /\.(map|ts)$/.test(entry.name) || entry.name.endsWith('/cli.js')));
  });

  it('is smaller than 2 MB', () => {
    const size = statSync(vsix).size;
    assert.ok(size < MAX_BYTES, `${size} bytes`);
  });

  it('ships minified bundles without source map references', async () => {
    for (const bundle of [
      'extension/dist/client.js',
      'extension/dist/server.js',
      'extension/dist/web/client.js',
      'extension/dist/web/server.js',
    ]) {
      const text = await content(bundle);
      assert.doesNotMatch(text, /sourceMappingURL/, bundle);
      // Minified: long lines (a development bundle averages well under 100 characters a line).
      assert.ok(text.length / text.split('\n').length > 500, `${bundle} is minified`);
    }
  });

  it('loads its web worker server where a browser runs it: no Buffer, process or require', async () => {
    const worker = { addEventListener() {}, removeEventListener() {}, postMessage() {} };
    const webGlobals = {
      console,
      setTimeout,
      clearTimeout,
      TextEncoder,
      TextDecoder,
      URL,
      queueMicrotask,
      crypto: globalThis.crypto,
    };
    const server = await content('extension/dist/web/server.js');
    assert.doesNotThrow(
      () => runInNewContext(server, { ...webGlobals, ...worker, self: worker }),
      'the server worker script loads',
    );
  });

  it('contains every file its manifest points at', async () => {
    const manifest = JSON.parse(await content('extension/package.json')) as {
      main: string;
      browser: string;
      icon: string;
      contributes: {
        grammars: { path: string }[];
        languages: { configuration: string }[];
        jsonValidation: { url: string }[];
        walkthroughs: { steps: { media: { markdown: string } }[] }[];
      };
    };
    const referenced = [
      manifest.main,
      manifest.browser,
      manifest.icon,
      ...manifest.contributes.grammars.map((grammar) => grammar.path),
      ...manifest.contributes.languages.map((language) => language.configuration),
      ...manifest.contributes.jsonValidation.map((validation) => validation.url),
      ...manifest.contributes.walkthroughs.flatMap((walkthrough) =>
        walkthrough.steps.map((step) => step.media.markdown),
      ),
    ];
    const names = new Set(entries.map((entry) => entry.name));
    const missing = referenced
      .map((file) => `extension/${file.replace(/^\.\//, '')}`)
      .filter((name) => !names.has(name));
    assert.deepEqual(missing, []);
  });

  it('carries the gallery fields and no development-only fields', async () => {
    const manifest = JSON.parse(await content('extension/package.json')) as Record<string, unknown>;
    for (const field of ['repository', 'icon', 'galleryBanner', 'categories', 'keywords', 'engines', 'license'])
      assert.ok(manifest[field], field);
    for (const field of ['scripts', 'devDependencies', 'dependencies', 'bin'])
      assert.equal(manifest[field], undefined, field);
  });

  it('resolves every %key% of the manifest in package.nls.json', async () => {
    const manifestText = await content('extension/package.json');
    const strings = JSON.parse(await content('extension/package.nls.json')) as Record<string, string>;
    const keys = [...manifestText.matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]);
    assert.ok(keys.length > 10);
    assert.deepEqual(
      keys.filter((key) => !(key in strings)),
      [],
    );
    // And the source manifest matches the shipped one.
    assert.deepEqual(JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')), strings);
  });
});
