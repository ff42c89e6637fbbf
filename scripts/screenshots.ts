// What scripts/screenshot-*.ts share: the `--chromium` option, the fixed date, docs/images/ and a
// headless Chromium that is closed whatever happens.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/render/chromium';

export const ROOT = join(__dirname, '..');
/** Fixed, so the screenshots do not change with the calendar. */
export const SCREENSHOT_TODAY = '2025-11-20';
const OUT_DIR = join(ROOT, 'docs', 'images');

/** Runs `shoot` with a headless Chromium (`--chromium PATH`, else CHROMIUM_PATH); exit code 1 on failure. */
export function takeScreenshots(shoot: (browser: Browser) => Promise<void>): void {
  const args = process.argv.slice(2);
  const chromiumFlag = args.indexOf('--chromium');
  const executablePath = chromiumFlag >= 0 ? (args[chromiumFlag + 1] ?? CHROMIUM_PATH) : CHROMIUM_PATH;
  const run = async () => {
    mkdirSync(OUT_DIR, { recursive: true });
    const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
    try {
      await shoot(browser);
    } finally {
      await browser.close();
    }
  };
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

/** Saves the page as docs/images/<name> and says so. */
export async function saveScreenshot(page: Page, name: string, options: { fullPage: boolean }): Promise<void> {
  const file = join(OUT_DIR, name);
  await page.screenshot({ path: file, fullPage: options.fullPage });
  console.log(`wrote ${file}`);
}
