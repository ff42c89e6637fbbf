import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPreviewCsp, createNonce } from '../../client/src/preview/csp';
import { buildPreviewHtml } from '../../client/src/preview/html';
import { isWebviewMessage } from '../../client/src/preview/messages';
import { webviewCss } from '../../server/src/core/render';
import { parseFragment } from './helpers';

describe('preview host: page, CSP and messages', () => {
  const html = buildPreviewHtml({
    cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
    nonce: 'abc123',
    styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/preview.css',
    scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/preview.js',
    body: '<article class="trial-record" data-pointer=""></article>',
    state: { uri: 'file:///a/"quoted".trial.yaml', locked: true },
  });
  const document = parseFragment(html);

  it('declares the CSP first, with the nonce on the one script', () => {
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    assert.equal(csp, buildPreviewCsp('https://file+.vscode-resource.vscode-cdn.net', 'abc123'));
    assert.match(csp ?? '', /^default-src 'none'; /);
    assert.ok(!/unsafe-inline|unsafe-eval/.test(csp ?? ''));
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    assert.deepEqual(scripts, [
      '<script nonce="abc123" src="https://file+.vscode-resource.vscode-cdn.net/ext/dist/preview.js">',
    ]);
    assert.ok(!/ on[a-z]+=/i.test(html), 'no inline event handlers');
  });

  it('carries the state for the serializer, escaped', () => {
    const raw = document.querySelector('#trial-record-preview-state')?.getAttribute('data-state') ?? '';
    assert.deepEqual(JSON.parse(raw), { uri: 'file:///a/"quoted".trial.yaml', locked: true });
  });

  it('makes a fresh URL-safe nonce each time', () => {
    const nonces = new Set(Array.from({ length: 20 }, createNonce));
    assert.equal(nonces.size, 20);
    for (const nonce of nonces) assert.match(nonce, /^[A-Za-z0-9_-]{20,}$/);
  });

  it('accepts only well-formed webview messages', () => {
    assert.ok(isWebviewMessage({ type: 'reveal', pointer: '/a' }));
    assert.ok(isWebviewMessage({ type: 'openLink', href: 'https://x' }));
    assert.ok(!isWebviewMessage({ type: 'openLink' }));
    assert.ok(!isWebviewMessage({ type: 'update', html: '' }));
    assert.ok(!isWebviewMessage('reveal'));
  });

  it('builds dist/preview.css from the shared styles (npm run build)', () => {
    const shipped = readFileSync(join(__dirname, '..', '..', 'dist', 'preview.css'), 'utf8');
    assert.equal(shipped, webviewCss());
    assert.match(shipped, /var\(--vscode-editor-foreground\)/);
  });
});
