import * as assert from 'node:assert/strict';
import { renderPreviewBody, renderStandalonePage, standalonePageCss } from '../../server/src/core/render';
import { finding, parseFragment, seedStudy } from './helpers';
import { PAYLOADS, maliciousBodies, poison, poisonedFindings } from './payloads';

const SAFE_URL = /^(https?:\/\/|mailto:|#)/i;
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'data'];
const FORBIDDEN_ELEMENTS =
  'script, style, iframe, object, embed, svg, math, img, link, ' +
  'meta, base, form, input, textarea, template, frame, frameset';

function assertInert(html: string, name: string): void {
  const document = parseFragment(html);
  const forbidden = document.body.querySelectorAll(FORBIDDEN_ELEMENTS);
  assert.equal(forbidden.length, 0, `${name}: element <${forbidden[0]?.tagName}> in the body`);
  for (const element of document.body.querySelectorAll('*')) {
    for (const { name: attribute, value } of [...element.attributes]) {
      assert.ok(!/^on/i.test(attribute), `${name}: event handler attribute ${attribute} on <${element.tagName}>`);
      if (URL_ATTRIBUTES.includes(attribute.toLowerCase())) {
        assert.match(value.trim(), SAFE_URL, `${name}: unsafe ${attribute}="${value}" on <${element.tagName}>`);
      }
    }
  }
  assert.ok(
    !/javascript:/i.test([...document.body.querySelectorAll('[href]')].map((a) => a.getAttribute('href')).join(' ')),
  );
}

describe('render: record text cannot inject markup (linkedom)', () => {
  it('renders no script, no event handler and no unsafe URL, whatever every string holds', () => {
    for (const { name, html } of maliciousBodies()) assertInert(html, name);
  });

  it('keeps the payloads visible as text', () => {
    const html = renderPreviewBody(
      poison(seedStudy(), () => PAYLOADS[0]),
      [],
    );
    const text = parseFragment(html).body.textContent ?? '';
    assert.ok(text.includes(`<script>__pwned('script')</script>`));
  });

  it('cannot forge a findings slot with NUL characters', () => {
    const html = renderPreviewBody(
      poison(seedStudy(), () => '\u00000\u0000'),
      [finding('', 'error', 'root finding')],
    );
    assert.ok(!html.includes('\u0000'));
    assert.equal(html.split('root finding').length, 2, 'the root finding appears exactly once');
  });

  it('keeps the standalone page inert too', () => {
    const page = renderStandalonePage(
      poison(seedStudy(), () => PAYLOADS.join(' ')),
      poisonedFindings(PAYLOADS.join(' ')),
      {
        css: standalonePageCss(),
        title: PAYLOADS.join(' '),
      },
    );
    const head = page.slice(0, page.indexOf('<body>'));
    assert.equal((head.match(/<script/gi) ?? []).length, 0);
    assert.equal((head.match(/<style>/g) ?? []).length, 1);
    assertInert(page.slice(page.indexOf('<body>')), 'standalone page');
  });
});
