import { strict as assert } from 'node:assert';
import { IdleCollector } from '../../server/src/lsp/idleCollector';
import { fullCollection } from '../../server/src/node/collectGarbage';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('collection when the server goes idle after a burst of edits', () => {
  const timing = { idleMs: 250, burstEdits: 5 };

  it('collects once, after the edits stop, and only after a burst', async () => {
    let collections = 0;
    const idle = new IdleCollector(() => collections++, timing);
    for (let i = 0; i < 4; i++) idle.noteEdit();
    await sleep(500);
    assert.equal(collections, 0, 'four edits are no burst');
    for (let i = 0; i < 20; i++) {
      idle.noteEdit();
      await sleep(5);
    }
    assert.equal(collections, 0, 'not while edits keep coming');
    await sleep(500);
    assert.equal(collections, 1, 'once when they stop');
    await sleep(500);
    assert.equal(collections, 1, 'and not again while idle');
    idle.dispose();
  });

  it('a shut-down server collects nothing later', async () => {
    let collections = 0;
    const idle = new IdleCollector(() => collections++, timing);
    for (let i = 0; i < 10; i++) idle.noteEdit();
    idle.dispose();
    await sleep(500);
    assert.equal(collections, 0);
  });

  it('Node gives the server a full collection without --expose-gc', () => {
    const collect = fullCollection();
    assert.equal(typeof collect, 'function');
    collect!();
  });
});
