import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createTrialRecordService, fixedClock } from '../../server/src/core';
import { recordFiles, recordsLabel } from '../records';

describe('corpus: every published record checks without a schema or syntax error', function () {
  this.timeout(600_000);

  it(`runs the whole pipeline (parse, schema, rules) on every one of the ${recordsLabel()}`, () => {
    const crashes: string[] = [];
    const service = createTrialRecordService({
      clock: fixedClock('2026-11-26'),
      logger: { error: (message) => crashes.push(message) },
    });
    const offenders: string[] = [];
    for (const file of recordFiles()) {
      const parsed = service.parse(readFileSync(file.path, 'utf8'), 'json');
      for (const finding of service.check(parsed)) {
        const isOurBug =
          finding.ruleId.startsWith('syntax/') ||
          (finding.ruleId.startsWith('schema/') && finding.severity === 'error') ||
          finding.ruleId === 'schema/unknown-key';
        if (isOurBug) offenders.push(`${file.name} ${finding.ruleId} ${finding.pointer}: ${finding.message}`);
      }
    }
    assert.deepEqual(crashes, [], 'no rule crashed');
    assert.deepEqual(offenders.slice(0, 20), [], `${offenders.length} schema/syntax findings on published records`);
  });
});
