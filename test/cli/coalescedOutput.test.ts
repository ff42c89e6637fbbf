import * as assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { CoalescedOutput } from '../../server/src/cli/coalescedOutput';

describe('CoalescedOutput', () => {
  function recorder(limit?: number) {
    const writes: string[] = [];
    return { writes, output: new CoalescedOutput((text) => writes.push(text), limit) };
  }

  it('writes what was added in one turn of the event loop as one text, in order', async () => {
    const { writes, output } = recorder();
    output.add('a\n');
    output.add('b\n');
    output.add('c\n');
    assert.deepEqual(writes, []);
    await nextTurn();
    assert.deepEqual(writes, ['a\nb\nc\n']);
    output.add('d\n');
    await nextTurn();
    assert.deepEqual(writes, ['a\nb\nc\n', 'd\n']);
  });

  it('writes at once when the limit is reached, and what follows on the next turn', async () => {
    const { writes, output } = recorder(8);
    output.add('1234');
    output.add('5678');
    assert.deepEqual(writes, ['12345678']);
    output.add('9');
    assert.deepEqual(writes, ['12345678']);
    await nextTurn();
    assert.deepEqual(writes, ['12345678', '9']);
  });

  it('writes a text larger than the limit whole', () => {
    const { writes, output } = recorder(4);
    output.add('x'.repeat(10));
    assert.deepEqual(writes, ['x'.repeat(10)]);
  });

  it('flush writes what waits and nothing when nothing does', async () => {
    const { writes, output } = recorder();
    output.flush();
    assert.deepEqual(writes, []);
    output.add('summary\n');
    output.flush();
    assert.deepEqual(writes, ['summary\n']);
    await nextTurn();
    assert.deepEqual(writes, ['summary\n'], 'the turn scheduled before the flush writes nothing more');
  });
});
