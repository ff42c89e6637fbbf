// Renders the seed record to a standalone page and saves light and dark screenshots with
// headless Chromium: docs/images/preview-light.png and preview-dark.png.
// Usage: npx tsx scripts/screenshot-preview.ts [record.json|record.trial.yaml] [--chromium /usr/bin/chromium]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTrialRecordService, fixedClock, formatOfPath } from '../server/src/core';
import { ROOT, saveScreenshot, SCREENSHOT_TODAY, takeScreenshots } from './screenshots';

const args = process.argv.slice(2);
const recordArgument = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--chromium');
const yamlExample = join(ROOT, 'examples', 'NCT01547091.trial.yaml');
const recordPath =
  recordArgument ?? (existsSync(yamlExample) ? yamlExample : join(ROOT, 'test', 'render', 'fixtures', 'seed.json'));

takeScreenshots(async (browser) => {
  // The real checker's findings, so the screenshots show the overlay as users see it.
  const service = createTrialRecordService({ clock: fixedClock(SCREENSHOT_TODAY) });
  const parsed = service.parse(readFileSync(recordPath, 'utf8'), formatOfPath(recordPath));
  const html = service.renderPage(parsed, service.check(parsed));
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({
      viewport: { width: 1040, height: 1500 },
      deviceScaleFactor: 1,
      colorScheme: scheme,
    });
    await page.setContent(html, { waitUntil: 'load' });
    await saveScreenshot(page, `preview-${scheme}.png`, { fullPage: args.includes('--full') });
    await page.close();
  }
});
