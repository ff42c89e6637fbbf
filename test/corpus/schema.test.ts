import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SCHEMA_FINDINGS, validateStudy, type SchemaFindingId } from '../../server/src/core/schema';

// The shared corpus sits next to the repository: ../shared/corpus/v2json.
const corpusDir = resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'v2json');

describe('corpus: published records pass the schema', function () {
  this.timeout(120_000);

  it('reports no schema error and no unknown key on any published record', function () {
    if (!existsSync(corpusDir)) {
      console.log(`      skipped: no corpus at ${corpusDir} (the shared corpus of published records is not checked out next to the repository)`);
      this.skip();
    }
    const files = readdirSync(corpusDir).filter((name) => name.endsWith('.json')).sort();
    const offenders: string[] = [];
    let slowest = { file: '', ms: 0 };
    let validating = 0;
    const started = performance.now();
    for (const file of files) {
      const record: unknown = JSON.parse(readFileSync(resolve(corpusDir, file), 'utf8'));
      const before = performance.now();
      const findings = validateStudy(record);
      const ms = performance.now() - before;
      validating += ms;
      if (ms > slowest.ms) slowest = { file, ms };
      for (const finding of findings) {
        const severity = SCHEMA_FINDINGS[finding.ruleId as SchemaFindingId]?.severity;
        if (severity === 'error' || finding.ruleId === 'schema/unknown-key') offenders.push(`${file} ${finding.ruleId} ${finding.pointer}: ${finding.message}`);
      }
    }
    const total = performance.now() - started;
    console.log(
      `      ${files.length} records in ${total.toFixed(0)} ms (validateStudy ${validating.toFixed(0)} ms; slowest ${slowest.file} ${slowest.ms.toFixed(1)} ms)`,
    );
    assert.ok(files.length > 0, `no records in ${corpusDir}`);
    assert.deepEqual(offenders.slice(0, 20), [], `${offenders.length} schema errors or unknown keys in published records`);
  });
});
