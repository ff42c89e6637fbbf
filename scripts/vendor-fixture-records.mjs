// Picks a small, varied sample of the shared corpus and copies it to test/fixtures/records/,
// so that a fresh clone runs every test on real registry records without ../shared.
// Deterministic: strata by study type × overall status, sizes spread within each stratum.
// Run: node scripts/vendor-fixture-records.mjs (needs ../shared/corpus).
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const corpus = join(import.meta.dirname, '../../shared/corpus');
const target = join(import.meta.dirname, '../test/fixtures/records');
const withResultsWanted = 10;
const withoutResultsWanted = 50;
const maxBytes = 120_000;

const readTsv = (file) => {
  const [head, ...rows] = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split('\t'));
  return rows.map((row) => Object.fromEntries(head.map((key, index) => [key, row[index]])));
};
const manifest = readTsv(join(corpus, 'MANIFEST.tsv'));
const provenance = new Map(readTsv(join(corpus, 'PROVENANCE.tsv')).map((row) => [row.nct_id, row]));

const bySize = (a, b) => Number(a.bytes) - Number(b.bytes) || a.nct_id.localeCompare(b.nct_id);
const small = manifest.filter((row) => Number(row.bytes) <= maxBytes).sort(bySize);

// Results records: the smallest ones, which cover completed, terminated and observational.
const withResults = small.filter((row) => row.has_results === 'true').slice(0, withResultsWanted);

// Others: round-robin over strata, taking sizes spread across each stratum.
const strata = new Map();
for (const row of small.filter((r) => r.has_results !== 'true')) {
  const key = `${row.study_type} ${row.overall_status}`;
  strata.set(key, [...(strata.get(key) ?? []), row]);
}
const cursors = new Map([...strata.keys()].map((key) => [key, 0]));
const spread = (rows, index) => rows[Math.floor((((index * 7 + 3) % 11) / 11) * rows.length)];
const withoutResults = [];
const taken = new Set();
for (let round = 0; withoutResults.length < withoutResultsWanted && round < 50; round++) {
  for (const [key, rows] of [...strata].sort(([a], [b]) => a.localeCompare(b))) {
    if (withoutResults.length >= withoutResultsWanted) break;
    const cursor = cursors.get(key);
    if (cursor >= rows.length || cursor >= 8) continue;
    cursors.set(key, cursor + 1);
    let pick = spread(rows, cursor);
    if (taken.has(pick.nct_id)) pick = rows.find((row) => !taken.has(row.nct_id));
    if (!pick) continue;
    taken.add(pick.nct_id);
    withoutResults.push(pick);
  }
}

rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
const chosen = [...withResults, ...withoutResults].sort((a, b) => a.nct_id.localeCompare(b.nct_id));
const lines = ['nct_id\tstudy_type\toverall_status\tbytes\thas_results\trepository\tcommit\tsource_path'];
for (const row of chosen) {
  copyFileSync(join(corpus, row.file), join(target, `${row.nct_id}.json`));
  const source = provenance.get(row.nct_id) ?? {};
  lines.push(
    [
      row.nct_id,
      row.study_type,
      row.overall_status,
      row.bytes,
      row.has_results,
      source.repository,
      source.commit,
      source.source_path,
    ].join('\t'),
  );
}
writeFileSync(join(target, 'PROVENANCE.tsv'), lines.join('\n') + '\n');
console.log(`${chosen.length} records (${withResults.length} with results) → test/fixtures/records/`);
