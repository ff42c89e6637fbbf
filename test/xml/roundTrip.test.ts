import * as assert from 'node:assert/strict';
import { basename } from 'node:path';
import { exportRegistryXml } from '../../server/src/core/registryXml';
import { EXAMPLES, FIXTURE_RECORDS, SHARED_V2, filesIn, readRecord } from './corpus';
import { LOSSY_FIELDS, roundTrip } from './roundTrip';
import { itWithSharedCorpus } from '../records';

function failures(files: readonly string[]): string[] {
  return files.flatMap((file) =>
    roundTrip(readRecord(file))
      .differences.slice(0, 3)
      .map(
        (difference) =>
          `${basename(file)} ${difference.pointer}: ` +
          `${JSON.stringify(difference.expected)} → ${JSON.stringify(difference.actual)}`,
      ),
  );
}

const wildcard = (pointer: string) => pointer.replace(/\/\d+(?=\/|$)/g, '/*');

const lossy = LOSSY_FIELDS.map((item) => item.field).join('; ');
describe(`registry XML round trip v2 → XML → v2 (lossy by design: ${lossy})`, function () {
  this.timeout(120_000);

  it('names each lossy field with its reason', () => {
    for (const item of LOSSY_FIELDS) assert.ok(item.why.length > 20, item.field);
  });

  it('gives back every field the XSD can hold, equal, for the vendored records and examples', () => {
    assert.deepEqual(failures([...filesIn(FIXTURE_RECORDS, '.json'), ...EXAMPLES]), []);
  });

  it('loses nothing the export did not report as a finding', () => {
    for (const file of filesIn(FIXTURE_RECORDS, '.json')) {
      const { findings, lostPointers } = exportRegistryXml(readRecord(file), { orgName: 'X' });
      const reported = findings.map((finding) => wildcard(finding.pointer));
      for (const pointer of lostPointers) {
        const covered = reported.some(
          (prefix) => wildcard(pointer) === prefix || wildcard(pointer).startsWith(`${prefix}/`),
        );
        assert.ok(covered, `${basename(file)}: ${pointer} lost without a finding`);
      }
    }
  });

  itWithSharedCorpus('gives back every field the XSD can hold for 200 records of the shared corpus', () => {
    const files = filesIn(SHARED_V2, '.json');
    // Every fifth record, so that the sample spans the whole corpus.
    const sample = files.filter((_, index) => index % Math.max(1, Math.floor(files.length / 200)) === 0).slice(0, 200);
    assert.equal(sample.length, 200);
    assert.deepEqual(failures(sample), []);
  });
});
