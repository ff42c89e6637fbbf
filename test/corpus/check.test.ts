import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTrialRecordService, fixedClock } from '../../server/src/core';

const CORPUS = join(__dirname, '../../../shared/corpus/v2json');

describe('corpus: every published record checks without a schema or syntax error', function () {
  this.timeout(600_000);

  it('runs the whole pipeline (parse, schema, rules) on every record', function () {
    if (!existsSync(CORPUS)) {
      console.log(`      (skipped: ${CORPUS} is absent; the corpus ships beside the repository as ../shared)`);
      this.skip();
    }
    const service = createTrialRecordService({ clock: fixedClock('2026-11-26'), logger: { error: (message) => crashes.push(message) } });
    const crashes: string[] = [];
    const offenders: string[] = [];
    const files = readdirSync(CORPUS).filter((name) => name.endsWith('.json'));
    const started = performance.now();
    for (const name of files) {
      const parsed = service.parse(readFileSync(join(CORPUS, name), 'utf8'), 'json');
      for (const finding of service.check(parsed)) {
        const isOurBug = finding.ruleId.startsWith('syntax/') || (finding.ruleId.startsWith('schema/') && finding.severity === 'error') || finding.ruleId === 'schema/unknown-key';
        if (isOurBug) offenders.push(`${name} ${finding.ruleId} ${finding.pointer}: ${finding.message}`);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`      checked ${files.length} records in ${seconds.toFixed(1)} s (${((seconds * 1000) / files.length).toFixed(1)} ms per record)`);
    assert.deepEqual(crashes, [], 'no rule crashed');
    assert.deepEqual(offenders.slice(0, 20), [], `${offenders.length} schema/syntax findings on published records`);
  });
});
