import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPreviewBody } from '../../server/src/core/render';
import { FIXTURE_RECORDS, recordFiles, recordsLabel } from '../records';
import { parseFragment } from './helpers';

// Render timings are measured by `npm run bench` (scripts/bench-render.ts), not asserted here.
describe('corpus: every published record renders', function () {
  this.timeout(300_000);

  it(`renders every one of the ${recordsLabel()} without a renderer error`, () => {
    for (const file of recordFiles()) {
      const study: unknown = JSON.parse(readFileSync(file.path, 'utf8'));
      const html = renderPreviewBody(study, []);
      assert.ok(!html.includes('could not be drawn'), file.name);
      assert.ok(!html.includes('\u0000'), file.name);
    }
  });

  it('collapses the 221 sites of NCT05317416 by country', () => {
    const study = JSON.parse(readFileSync(join(FIXTURE_RECORDS, 'NCT05317416.json'), 'utf8')) as {
      protocolSection: { contactsLocationsModule: { locations: { country?: string }[] } };
    };
    const locations = study.protocolSection.contactsLocationsModule.locations;
    const document = parseFragment(renderPreviewBody(study, []));
    assert.equal(document.querySelectorAll('.location').length, locations.length);
    const countries = document.querySelectorAll('details.country');
    assert.equal(countries.length, new Set(locations.map((location) => location.country)).size);
    assert.ok(Array.from(countries).every((d) => !d.hasAttribute('open')));
  });
});
