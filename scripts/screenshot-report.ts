// Writes the overview report of the shared corpus (or of the vendored fixture records when the
// corpus is absent) and saves a screenshot with headless Chromium: docs/images/report.png.
// Usage: npm run build && npx tsx scripts/screenshot-report.ts [--chromium /usr/bin/chromium]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/render/chromium';

const root = join(__dirname, '..');
const args = process.argv.slice(2);
const chromiumFlag = args.indexOf('--chromium');
const executablePath = chromiumFlag >= 0 ? (args[chromiumFlag + 1] ?? CHROMIUM_PATH) : CHROMIUM_PATH;
/** Fixed, so the screenshot does not change with the calendar. */
const TODAY = '2025-11-20';

async function main(): Promise<void> {
  const corpus = join(root, '../shared/corpus/v2json');
  const input = existsSync(corpus) ? '../shared/corpus/v2json' : 'test/fixtures/records';
  const html = join(mkdtempSync(join(tmpdir(), 'trial-record-report-')), 'report.html');
  const title = existsSync(corpus) ? 'Shared corpus: 1,074 published records' : 'Fixture records';
  const run = spawnSync(
    process.execPath,
    [join(root, 'dist/cli.js'), 'report', input, '-o', html, '--today', TODAY, '--title', title],
    { encoding: 'utf8', cwd: root },
  );
  if (run.status !== 0) throw new Error(`report failed: ${run.stderr}`);
  const outDir = join(root, 'docs', 'images');
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage({
      viewport: { width: 1150, height: 1400 },
      deviceScaleFactor: 1,
      colorScheme: 'light',
    });
    await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
    const file = join(outDir, 'report.png');
    await page.screenshot({ path: file, fullPage: false });
    console.log(`wrote ${file}`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
