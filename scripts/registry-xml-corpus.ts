// The registry XML round trip over the shared corpus, with counts:
// 1. every v2 record (and the vendored records and examples) exported and validated with xmllint
//    against ProtocolRecordSchema.xsd (+ RRSUploadSchema.xsd), in batches;
// 2. every classic public XML record imported and checked: schema errors, crashes, findings;
// 3. every v2 record through v2 → XML → v2, differences counted.
// Usage: npx tsx scripts/registry-xml-corpus.ts   (needs ../shared/corpus and xmllint)
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createTrialRecordService, systemClock } from '../server/src/core';
import { exportRegistryXml, importRegistryXml } from '../server/src/core/registryXml';
import { EXAMPLES, FIXTURE_RECORDS, SHARED_LEGACY, SHARED_V2, XSD, filesIn, readRecord } from '../test/xml/corpus';
import { roundTrip } from '../test/xml/roundTrip';
import { validateAgainstXsd, xmllintAvailable } from '../test/xml/xmllint';

const service = createTrialRecordService({ clock: systemClock });

function tally(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function top(counts: Map<string, number>, limit = 25): string {
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([key, count]) => `    ${String(count).padStart(6)}  ${key}`)
    .join('\n');
}

const v2 = filesIn(SHARED_V2, '.json');
const legacy = filesIn(SHARED_LEGACY, '.xml');
if (v2.length === 0 || legacy.length === 0)
  console.warn(`Shared corpus not found next to the project (${SHARED_V2}); counting the vendored records only.`);

// 1. Export + XSD validation.
const sources = [...filesIn(FIXTURE_RECORDS, '.json'), ...EXAMPLES, ...v2];
const folder = mkdtempSync(join(tmpdir(), 'registry-xml-corpus-'));
const exportFindings = new Map<string, number>();
let withResults = 0;
const written = sources.map((file, index) => {
  const record = readRecord(file) as { resultsSection?: unknown };
  if (record?.resultsSection) withResults++;
  const result = exportRegistryXml(record, { orgName: 'CORPUS' });
  for (const finding of result.findings)
    tally(
      exportFindings,
      `${finding.severity.padEnd(7)} ${finding.ruleId} ${finding.pointer.replace(/\/\d+(?=\/|$)/g, '/*')}`,
    );
  const out = join(folder, `${index}-${basename(file).replace(/\.(trial\.)?(json|ya?ml)$/, '')}.xml`);
  writeFileSync(out, result.xml);
  return out;
});
console.log(`Export: ${sources.length} records (${withResults} with results) → PRS upload XML in ${folder}`);
if (xmllintAvailable()) {
  const results = validateAgainstXsd(written, XSD);
  const invalid = [...results].filter(([, errors]) => errors.length > 0);
  console.log(
    `  xmllint --schema ProtocolRecordSchema.xsd: ${results.size - invalid.length} valid, ${invalid.length} invalid`,
  );
  for (const [file, errors] of invalid.slice(0, 20))
    console.log(`    ${basename(file)}: ${errors.slice(0, 2).join(' | ')}`);
} else console.log('  xmllint not installed (Debian libxml2-utils): validation skipped');
console.log(`  export findings (severity, id, pointer pattern: records):\n${top(exportFindings)}`);

// 2. Classic XML import.
const importFindings = new Map<string, number>();
const schemaIssues = new Map<string, number>();
let crashes = 0;
let recordsWithSchemaErrors = 0;
for (const file of legacy) {
  try {
    const result = importRegistryXml(readFileSync(file, 'utf8'));
    for (const finding of result.findings)
      tally(
        importFindings,
        `${finding.severity.padEnd(7)} ${finding.ruleId} ${(finding.element ?? '').replace(/\[\d+\]/g, '')}`,
      );
    const checked = service
      .check(service.parse(JSON.stringify(result.record ?? {}), 'json'))
      .filter((finding) => finding.ruleId.startsWith('schema/'));
    for (const finding of checked) tally(schemaIssues, `${finding.severity.padEnd(7)} ${finding.ruleId}`);
    if (checked.some((finding) => finding.severity === 'error')) recordsWithSchemaErrors++;
  } catch (error) {
    crashes++;
    console.log(`  CRASH ${basename(file)}: ${String(error)}`);
  }
}
console.log(
  `Import: ${legacy.length} classic public XML records: ${crashes} ` +
    `crashes, ${recordsWithSchemaErrors} records with schema errors`,
);
console.log(`  schema findings on the imported records:\n${top(schemaIssues)}`);
console.log(`  import findings:\n${top(importFindings)}`);

// 3. Round trip.
let different = 0;
const differences = new Map<string, number>();
for (const file of [...filesIn(FIXTURE_RECORDS, '.json'), ...v2]) {
  const result = roundTrip(readRecord(file));
  if (result.differences.length > 0) different++;
  for (const difference of result.differences) tally(differences, difference.pointer.replace(/\/\d+(?=\/|$)/g, '/*'));
}
console.log(`Round trip v2 → XML → v2: ${different} records with differences beyond the reported losses`);
if (differences.size > 0) console.log(top(differences));
