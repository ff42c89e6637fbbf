import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckSettings, RecordJob, RecordResult } from '../../server/src/cli/jobs';
import { inProcessChecker, threadPoolChecker } from '../../server/src/cli/pool';

const SETTINGS: CheckSettings = { today: '2025-11-20', errorsOnly: false, onlyRules: [] };
const TEXT = JSON.stringify({
  protocolSection: { identificationModule: { nctId: 'NCT01234567', briefTitle: 'A study' } },
});

function jobs(count: number): RecordJob[] {
  return Array.from({ length: count }, (_, i) => ({
    label: `r${i}.json`,
    format: 'json' as const,
    line: 0,
    character: 0,
    severities: {},
    text: TEXT,
  }));
}

/** A worker script in a temporary folder. */
function script(body: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'trial-record-pool-')), 'worker.js');
  writeFileSync(file, body);
  return file;
}

/** Answers every record it is sent with an empty result whose label says the worker checked it. */
const ANSWERING_WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, job }) => {
  const result = { label: 'worker:' + job.label, findings: [], facts: {}, counts: { error: 0, warning: 0, info: 0 } };
  parentPort.postMessage([{ id, result: JSON.stringify(result) }]);
});
parentPort.postMessage('ready');
`;

describe('CLI: checking in this thread and worker threads', () => {
  it('checks every record in this thread when the worker cannot start', async () => {
    const checker = threadPoolChecker(SETTINGS, 2, script('process.exit(3);'));
    const expected = inProcessChecker(SETTINGS);
    try {
      const all = jobs(40);
      const results = await Promise.all(all.map((job) => checker.check(job)));
      const alone = await Promise.all(all.map((job) => expected.check(job)));
      assert.deepEqual(results, alone);
    } finally {
      await checker.close();
    }
  });

  it('checks here until the worker is ready, then shares the records with it, each checked once', async () => {
    const checker = threadPoolChecker(SETTINGS, 2, script(ANSWERING_WORKER));
    try {
      // Records arrive over a while, as an archive is read, so the worker is ready for the later ones.
      const results: Promise<RecordResult>[] = [];
      for (const job of jobs(300)) {
        results.push(checker.check(job));
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      const labels = (await Promise.all(results)).map((result) => result.label);
      const byWorker = labels.filter((label) => label.startsWith('worker:'));
      assert.ok(byWorker.length > 0, 'the worker checked some records');
      assert.ok(byWorker.length < labels.length, 'this thread checked some records');
      assert.deepEqual(
        labels.map((label) => label.replace(/^worker:/, '')),
        jobs(300).map((job) => job.label),
      );
      // This thread checked the first records while the worker was loading.
      assert.equal(labels[0], 'r0.json');
    } finally {
      await checker.close();
    }
  });
});
