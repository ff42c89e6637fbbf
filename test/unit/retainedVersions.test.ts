import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CheckMemo, createTrialRecordService, fixedClock, type ParsedDocument } from '../../server/src/core';
import { fullCollection } from '../../server/src/node/collectGarbage';
import { FIXTURE_RECORDS } from '../records';

const service = createTrialRecordService({ clock: fixedClock('2026-11-26') });
const collect = fullCollection()!;

/** A real record grown to about 2 MiB in memory: a long description with characters outside Latin-1 (2 bytes each). */
function largeRecordText(): string {
  const record = JSON.parse(readFileSync(join(FIXTURE_RECORDS, 'NCT00203242.json'), 'utf8')) as {
    protocolSection: { descriptionModule: { detailedDescription?: string } };
  };
  record.protocolSection.descriptionModule.detailedDescription = 'Dose in µg, ≥ 18 years. '.repeat(40_000);
  return JSON.stringify(record, null, 2);
}

function heapAfterFullCollection(): number {
  collect();
  return process.memoryUsage().heapUsed;
}

describe('memory of an edited record', () => {
  it('keeps no earlier version of the text alive once a newer one is checked (as the language server does)', () => {
    const text = largeRecordText();
    const textBytes = text.length * 2;
    const memo = new CheckMemo();
    let doc: ParsedDocument = service.parse(text, 'json');
    // Type into the brief title, one character per version: each version is a new copy of the whole text.
    const at = doc.text.indexOf('"briefTitle": "') + '"briefTitle": "'.length;
    const typeOneCharacter = () => {
      doc = service.reparse(doc, doc.text.slice(0, at) + 'x' + doc.text.slice(at));
      service.check(doc, { memo });
    };
    service.check(doc, { memo });
    // The first edit compiles and fills what every later one re-uses.
    typeOneCharacter();
    const before = heapAfterFullCollection();
    const versions = 20;
    for (let i = 0; i < versions; i++) typeOneCharacter();
    const grown = heapAfterFullCollection() - before;
    // The current version replaces the one measured before; every version kept would be 20 text copies.
    assert.ok(
      grown < 2 * textBytes,
      `the heap grew by ${(grown / textBytes).toFixed(1)} text copies over ${versions} versions`,
    );
  });
});
