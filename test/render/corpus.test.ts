import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPreviewBody } from '../../server/src/core/render';
import { CORPUS_DIR, parseFragment } from './helpers';

describe('corpus: every published record renders', function () {
  this.timeout(120_000);

  it('renders every record without a renderer error', function () {
    if (!existsSync(CORPUS_DIR)) {
      console.log(`      skipped: no corpus at ${CORPUS_DIR}`);
      this.skip();
    }
    let slowest = { file: '', ms: 0 };
    for (const file of readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.json'))) {
      const study: unknown = JSON.parse(readFileSync(join(CORPUS_DIR, file), 'utf8'));
      const started = performance.now();
      const html = renderPreviewBody(study, []);
      const ms = performance.now() - started;
      if (ms > slowest.ms) slowest = { file, ms };
      assert.ok(!html.includes('could not be drawn'), file);
      assert.ok(!html.includes('\u0000'), file);
    }
    console.log(`      slowest single (cold) render: ${slowest.file} ${slowest.ms.toFixed(1)} ms`);
    // A guard against pathological blow-ups only; timings proper are the next test's job.
    assert.ok(slowest.ms < 1000, `${slowest.file} took ${slowest.ms.toFixed(0)} ms`);
  });

  it('renders the largest records in well under 100 ms (median of 7 warm runs)', function () {
    for (const name of ['NCT02513394.json', 'NCT04267848.json']) {
      const file = join(CORPUS_DIR, name);
      if (!existsSync(file)) this.skip();
      const study: unknown = JSON.parse(readFileSync(file, 'utf8'));
      renderPreviewBody(study, []);
      const times = Array.from({ length: 7 }, () => {
        const started = performance.now();
        renderPreviewBody(study, []);
        return performance.now() - started;
      }).sort((a, b) => a - b);
      assert.ok((times[3] ?? 0) < 100, `${name}: median ${times[3]?.toFixed(1)} ms`);
    }
  });

  it('collapses the 1,148 sites of NCT04267848 by country', function () {
    const file = join(CORPUS_DIR, 'NCT04267848.json');
    if (!existsSync(file)) this.skip();
    const document = parseFragment(renderPreviewBody(JSON.parse(readFileSync(file, 'utf8')), []));
    assert.equal(document.querySelectorAll('.location').length, 1148);
    const countries = document.querySelectorAll('details.country');
    assert.ok(countries.length > 1);
    assert.ok(Array.from(countries).every((d) => !d.hasAttribute('open')));
  });
});
