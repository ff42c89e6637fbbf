// Renders the seed record to a standalone page and saves light and dark screenshots with
// headless Chromium: docs/images/preview-light.png and preview-dark.png.
// Usage: npx tsx scripts/screenshot-preview.ts [record.json|record.trial.yaml] [--chromium /usr/bin/chromium]
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { renderStandalonePage, standalonePageCss } from '../server/src/core/render';
import type { Finding } from '../server/src/core/types';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/render/chromium';

const root = join(__dirname, '..');
const args = process.argv.slice(2);
const chromiumFlag = args.indexOf('--chromium');
const executablePath = chromiumFlag >= 0 ? (args[chromiumFlag + 1] ?? CHROMIUM_PATH) : CHROMIUM_PATH;
const recordArgument = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--chromium');
const yamlExample = join(root, 'examples', 'NCT01547091.trial.yaml');
const recordPath = recordArgument ?? (existsSync(yamlExample) ? yamlExample : join(root, 'test', 'render', 'fixtures', 'seed.json'));

const finding = (ruleId: string, severity: Finding['severity'], pointer: string, message: string): Finding => ({
  ruleId,
  severity,
  pointer,
  message,
  span: { start: 0, end: 0 },
  docsUrl: `https://github.com/trial-record-studio/trial-record-studio/blob/main/docs/rules.md#${ruleId.replace('/', '')}`,
});

/** What the checker reports on the seed record, so the screenshots show the overlay. */
const SAMPLE_FINDINGS: readonly Finding[] = [
  finding('design/single-group-multiple-arms', 'error', '/protocolSection/designModule/designInfo/interventionModel',
    'Single Group Assignment, but 3 arms are listed. Change the intervention model or keep one arm.'),
  finding('arms/comparator-receives-experimental', 'warning', '/protocolSection/armsInterventionsModule/armGroups/2/type',
    'The arm "UC-MSC+DMARDS" is an Active Comparator but receives the experimental intervention. Make it Experimental.'),
  finding('status/unknown-with-recruiting-site', 'warning', '/protocolSection/contactsLocationsModule/locations/0/status',
    'The overall status is Unknown status while this site is still Recruiting. Update the site status.'),
];

async function main(): Promise<void> {
  const text = readFileSync(recordPath, 'utf8');
  const study: unknown = recordPath.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  const html = renderStandalonePage(study, SAMPLE_FINDINGS, { css: standalonePageCss(), today: '2025-11-20' });
  const outDir = join(root, 'docs', 'images');
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  try {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width: 1000, height: 1400 }, deviceScaleFactor: 1, colorScheme: scheme });
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
