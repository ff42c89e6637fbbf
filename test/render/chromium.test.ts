import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { buildPreviewCsp } from '../../client/src/preview/csp';
import { buildPreviewHtml } from '../../client/src/preview/html';
import { renderPreviewBody, webviewCss } from '../../server/src/core/render';
import { chromiumPerSuite } from './chromium';
import { finding, seedStudy } from './helpers';
import { maliciousBodies } from './payloads';

// The webview's resources come from one origin, like webview.cspSource in VS Code.
const ORIGIN = 'https://preview.test';
const NONCE = 'dGVzdC1ub25jZS0xMjM0NQ';

interface Served {
  readonly body: string;
  readonly script: string;
  readonly csp?: string;
}

/** A page that serves the preview (the host's HTML, CSP included) and its script from ORIGIN; nothing else loads. */
async function createPreviewPage(
  browser: Browser,
): Promise<{ page: Page; pwned: string[]; load: (served: Served) => Promise<string[]> }> {
  const page = await browser.newPage();
  const pwned: string[] = [];
  let current: Served = { body: '', script: '' };
  await page.exposeFunction('__pwned', (tag: string) => void pwned.push(tag));
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    let html = buildPreviewHtml({
      cspSource: ORIGIN,
      nonce: NONCE,
      styleUri: `${ORIGIN}/preview.css`,
      scriptUri: `${ORIGIN}/preview.js`,
      body: current.body,
      state: { uri: 'file:///seed.trial.yaml', locked: false },
    });
    if (current.csp !== undefined) html = html.replace(/content="default-src[^"]*"/, `content="${current.csp}"`);
    if (url === `${ORIGIN}/`) return route.fulfill({ contentType: 'text/html', body: html });
    if (url === `${ORIGIN}/preview.js`) return route.fulfill({ contentType: 'text/javascript', body: current.script });
    if (url === `${ORIGIN}/preview.css`) return route.fulfill({ contentType: 'text/css', body: webviewCss() });
    return route.abort();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  /** Loads a body; returns the CSP violations the page reported. */
  const load = async (served: Served): Promise<string[]> => {
    current = served;
    await page.goto(`${ORIGIN}/`, { waitUntil: 'load' });
    await page.waitForTimeout(30); // let late handlers (onerror of broken images) fire
    return page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  };
  return { page, pwned, load };
}

async function openPreviewPage(
  browser: Browser,
  served: Served,
): Promise<{ page: Page; pwned: string[]; violations: string[] }> {
  const { page, pwned, load } = await createPreviewPage(browser);
  return { page, pwned, violations: await load(served) };
}

const PROBE = `window.__probeRan = true;`;

describe('preview in Chromium', function () {
  this.timeout(60_000);
  const browser = chromiumPerSuite();

  it('builds the CSP the host sends', () => {
    assert.equal(
      buildPreviewCsp(ORIGIN, NONCE),
      `default-src 'none'; style-src ${ORIGIN}; img-src ${ORIGIN} data:; font-src ` +
        `${ORIGIN}; script-src 'nonce-${NONCE}'; base-uri 'none'; form-action 'none'`,
    );
  });

  it('detects an injected script when markup is not escaped (control)', async () => {
    const { page, pwned } = await openPreviewPage(browser(), {
      body: `<img src=x onerror="__pwned('control')">`,
      script: PROBE,
      csp: "default-src * 'unsafe-inline'",
    });
    assert.deepEqual(pwned, ['control']);
    await page.close();
  });

  it('the CSP alone blocks unescaped inline handlers and scripts (control)', async () => {
    const { page, pwned, violations } = await openPreviewPage(browser(), {
      body: `<img src=x onerror="__pwned('img')"><script>__pwned('script')</script>`,
      script: PROBE,
    });
    assert.deepEqual(pwned, []);
    assert.ok(violations.length >= 2, violations.join(', '));
    assert.equal(
      await page.evaluate(() => (window as unknown as { __probeRan?: boolean }).__probeRan),
      true,
      "the nonce'd script runs",
    );
    await page.close();
  });

  it('runs no injected code from any record string, and the page never even tries', async () => {
    const { page, pwned, load } = await createPreviewPage(browser());
    for (const { name, html } of maliciousBodies()) {
      const violations = await load({ body: html, script: PROBE });
      assert.deepEqual(pwned, [], name);
      // Escaping, not just the CSP, stopped them: nothing reached the CSP at all.
      assert.deepEqual(violations, [], name);
      assert.equal(await page.evaluate(() => (window as unknown as { __probeRan?: boolean }).__probeRan), true, name);
    }
    await page.close();
  });

  describe('webview script', () => {
    let script = '';
    const STUB = `window.__posted = []; window.acquireVsCodeApi = () => ({
      postMessage: (m) => window.__posted.push(m), getState: () => window.__state, setState: (s) => { window.__state = \
s; } });\n`;
    const posted = (page: Page) => page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted);

    before(async () => {
      const result = await build({
        entryPoints: [join(__dirname, '..', '..', 'client', 'src', 'preview', 'webview', 'main.ts')],
        bundle: true,
        write: false,
        format: 'iife',
        platform: 'browser',
        target: 'es2022',
      });
      script = STUB + (result.outputFiles[0]?.text ?? '');
    });

    const body = (): string =>
      renderPreviewBody(seedStudy(), [
        finding('/protocolSection/contactsLocationsModule/locations/0/status', 'warning', 'Site still recruiting.'),
      ]);

    it('posts reveal for a double-clicked item and a single-clicked finding', async () => {
      const { page, violations } = await openPreviewPage(browser(), { body: body(), script });
      assert.deepEqual(violations, []);
      await page.dblclick('article.arm:nth-of-type(3) h3');
      await page.click('.finding .message');
      assert.deepEqual((await posted(page)).slice(1), [
        { type: 'reveal', pointer: '/protocolSection/armsInterventionsModule/armGroups/2' },
        { type: 'reveal', pointer: '/protocolSection/contactsLocationsModule/locations/0/status' },
      ]);
      assert.deepEqual((await posted(page))[0], { type: 'ready' });
      await page.close();
    });

    it('hands link clicks to the host instead of navigating', async () => {
      const { page } = await openPreviewPage(browser(), { body: body(), script });
      await page.click('a[href^="https://pubmed"]');
      assert.deepEqual((await posted(page)).slice(1), [
        { type: 'openLink', href: 'https://pubmed.ncbi.nlm.nih.gov/22138499/' },
      ]);
      assert.equal(page.url(), `${ORIGIN}/`);
      await page.close();
    });

    it('scrolls to the element of a pointer and keeps the scroll position on update', async () => {
      const { page } = await openPreviewPage(browser(), { body: body(), script });
      await page.setViewportSize({ width: 800, height: 400 });
      await page.evaluate(() =>
        window.postMessage(
          { type: 'scrollTo', pointer: '/protocolSection/contactsLocationsModule/locations/0/status' },
          '*',
        ),
      );
      await page.waitForFunction(() => window.scrollY > 500);
      const flashed = await page.evaluate(() => document.querySelector('.location')?.classList.contains('tr-flash'));
      assert.equal(flashed, true);
      const before = await page.evaluate(() => window.scrollY);
      const html = body().replace('Safety and Efficacy', 'Updated');
      await page.evaluate(
        (h) =>
          window.postMessage(
            { type: 'update', html: h, state: { uri: 'file:///seed.trial.yaml', locked: false } },
            '*',
          ),
        html,
      );
      await page.waitForFunction(() => document.querySelector('h1')?.textContent?.startsWith('Updated'));
      assert.equal(await page.evaluate(() => window.scrollY), before);
      await page.close();
    });
  });
});
