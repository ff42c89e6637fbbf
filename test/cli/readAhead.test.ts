import * as assert from 'node:assert/strict';
import type { InputItem, RecordJob, RecordResult } from '../../server/src/cli/jobs';
import { checkInOrder, type Checker } from '../../server/src/cli/pool';

/** A checker that answers in a later turn, in any order, and counts the records it holds at once. */
function slowChecker(): Checker & { readonly mostHeld: () => number } {
  let held = 0;
  let most = 0;
  return {
    check(job: RecordJob): Promise<RecordResult> {
      held++;
      most = Math.max(most, held);
      return new Promise((resolve) =>
        setTimeout(() => {
          held--;
          resolve({ label: job.label, findings: [], facts: {}, counts: { error: 0, warning: 0, info: 0 } });
        }, Math.random() * 3),
      );
    },
    close: () => Promise.resolve(),
    mostHeld: () => most,
  };
}

async function* records(count: number, text: string): AsyncGenerator<InputItem> {
  for (let i = 0; i < count; i++)
    yield { kind: 'record', job: { label: `r${i}`, format: 'json', line: 0, character: 0, severities: {}, text } };
}

async function labelsOf(items: AsyncIterable<InputItem>, checker: Checker, maxInFlight: number): Promise<string[]> {
  const labels: string[] = [];
  for await (const outcome of checkInOrder(items, checker, maxInFlight))
    labels.push(outcome.kind === 'record' ? outcome.result.label : outcome.problem.label);
  return labels;
}

describe('CLI: records read ahead of the one reported', () => {
  it('keeps up to the count asked for in flight, and reports in input order', async () => {
    const checker = slowChecker();
    const labels = await labelsOf(records(300, '{}'), checker, 64);
    assert.deepEqual(
      labels,
      Array.from({ length: 300 }, (_, i) => `r${i}`),
    );
    assert.equal(checker.mostHeld(), 64);
  });

  it('holds fewer of the largest records: their text in flight is bounded, whatever the count allows', async () => {
    const checker = slowChecker();
    // One 20-million-character text shared by every record: two of them pass the bound.
    const labels = await labelsOf(records(12, 'x'.repeat(20_000_000)), checker, 64);
    assert.equal(labels.length, 12);
    assert.equal(checker.mostHeld(), 2);
  });
});
