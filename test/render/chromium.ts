import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Where CI and the dev container install Chromium (Debian package `chromium`). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for a quiet headless Chromium in containers: no sandbox, no GPU, no network chatter. A JSON
 * file, so that the e2e runner (scripts/e2e/run-e2e.mjs, plain Node) reads the same list.
 */
export const CHROMIUM_ARGS: readonly string[] = JSON.parse(
  readFileSync(join(__dirname, 'chromium-flags.json'), 'utf8'),
) as string[];

export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/**
 * Hooks for a `describe`: one headless Chromium for the whole suite; returns the running browser.
 * A missing Chromium fails rather than skips: .ci/run installs it, and a clone without it should say so.
 */
export function chromiumPerSuite(): () => Browser {
  let browser: Browser | undefined;
  before(async function () {
    if (!hasChromium())
      assert.fail(
        `No Chromium at ${CHROMIUM_PATH}: install the Debian package "chromium" (.ci/run does), or set CHROMIUM_PATH.`,
      );
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  });
  after(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('no browser: call this inside a test');
    return browser;
  };
}
