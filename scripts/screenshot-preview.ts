// Renders the seed record to a standalone page and saves light and dark screenshots with
// headless Chromium: docs/images/preview-light.png and preview-dark.png.
// Usage: npx tsx scripts/screenshot-preview.ts [record.json|record.trial.yaml] [--chromium /usr/bin/chromium]
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createTrialRecordService, fixedClock, formatOfPath } from '../server/src/core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/render/chromium';

const root = join(__dirname, '..');
const args = process.argv.slice(2);
const chromiumFlag = args.indexOf('--chromium');
const executablePath = chromiumFlag >= 0 ? (args[chromiumFlag + 1] ?? CHROMIUM_PATH) : CHROMIUM_PATH;
/** Fixed, so the screenshots do not change with the calendar. */
const TODAY = '2025-11-20';
const recordArgument = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--chromium');
const yamlExample = join(root, 'examples', 'NCT01547091.trial.yaml');
const recordPath =
  recordArgument ?? (existsSync(yamlExample) ? yamlExample : join(root, 'test', 'render', 'fixtures', 'seed.json'));

async function main(): Promise<void> {
  // The real checker's findings, so the screenshots show the overlay as users see it.
  const service = createTrialRecordService({ clock: fixedClock(TODAY) });
  const parsed = service.parse(readFileSync(recordPath, 'utf8'), formatOfPath(recordPath));
  const html = service.renderPage(parsed, service.check(parsed));
  const outDir = join(root, 'docs', 'images');
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  try {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({
        viewport: { width: 1040, height: 1500 },
        deviceScaleFactor: 1,
        colorScheme: scheme,
      });
      await page.setContent(html, { waitUntil: 'load' });
      const file = join(outDir, `preview-${scheme}.png`);
      await page.screenshot({ path: file, fullPage: process.argv.includes('--full') });
      await page.close();
      console.log(`wrote ${file}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
