// Writes the overview report of the shared corpus (or of the vendored fixture records when the
// corpus is absent) and saves a screenshot with headless Chromium: docs/images/report.png.
// Usage: npm run build && npx tsx scripts/screenshot-report.ts [--chromium /usr/bin/chromium]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, saveScreenshot, SCREENSHOT_TODAY, takeScreenshots } from './screenshots';

takeScreenshots(async (browser) => {
  const corpus = join(ROOT, '../shared/corpus/v2json');
  const input = existsSync(corpus) ? '../shared/corpus/v2json' : 'test/fixtures/records';
  const html = join(mkdtempSync(join(tmpdir(), 'trial-record-report-')), 'report.html');
  const title = existsSync(corpus) ? 'Shared corpus: 1,074 published records' : 'Fixture records';
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'dist/cli.js'), 'report', input, '-o', html, '--today', SCREENSHOT_TODAY, '--title', title],
    { encoding: 'utf8', cwd: ROOT },
  );
  if (run.status !== 0) throw new Error(`report failed: ${run.stderr}`);
  const page = await browser.newPage({
    viewport: { width: 1150, height: 1400 },
    deviceScaleFactor: 1,
    colorScheme: 'light',
  });
  await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
  await saveScreenshot(page, 'report.png', { fullPage: false });
});
