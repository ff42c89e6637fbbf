import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SCHEMA_FINDINGS, validateStudy, type SchemaFindingId } from '../../server/src/core/schema';
import { recordFiles, recordsLabel } from '../records';

describe('corpus: published records pass the schema', function () {
  this.timeout(300_000);

  it(`reports no schema error and no unknown key on any of the ${recordsLabel()}`, () => {
    const files = recordFiles();
    const offenders: string[] = [];
    for (const file of files) {
      const record: unknown = JSON.parse(readFileSync(file.path, 'utf8'));
      for (const finding of validateStudy(record)) {
        const severity = SCHEMA_FINDINGS[finding.ruleId as SchemaFindingId]?.severity;
        if (severity === 'error' || finding.ruleId === 'schema/unknown-key')
          offenders.push(`${file.name} ${finding.ruleId} ${finding.pointer}: ${finding.message}`);
      }
    }
    assert.ok(files.length >= 60, `${files.length} records`);
    assert.deepEqual(
      offenders.slice(0, 20),
      [],
      `${offenders.length} schema errors or unknown keys in published records`,
    );
  });
});
