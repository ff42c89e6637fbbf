import { strict as assert } from 'node:assert';
import { createLineIndex, editedLineIndex } from '../../server/src/core/parse/lineIndex';
import { createRandom } from '../fuzz/mutate';

/** Every line start of an index, read through its public methods. */
function lineStarts(index: ReturnType<typeof createLineIndex>): number[] {
  return Array.from({ length: index.lineCount }, (_, line) => index.offsetAt({ line, character: 0 }));
}

describe('line index: an index made from the previous version equals one made from scratch', () => {
  it('after 400 random edits that add and remove \\n, \\r\\n and lone \\r line breaks', () => {
    const random = createRandom(31);
    const pieces = ['a', 'bc', ' ', '\n', '\r\n', '\r', '\n\n', 'x\r', '\ny'];
    let text = Array.from({ length: 300 }, () => random.pick(pieces)).join('');
    let index = createLineIndex(text);
    for (let edit = 0; edit < 400; edit++) {
      // The previous index has found its starts (the last version's diagnostics were placed), or not.
      if (random.chance(0.9)) assert.ok(index.lineCount >= 1);
      const start = random.int(0, text.length);
      const end = Math.min(text.length, start + random.int(0, 4));
      const inserted = Array.from({ length: random.int(0, 3) }, () => random.pick(pieces)).join('');
      const next = text.slice(0, start) + inserted + text.slice(end);
      index = editedLineIndex(index, next, {
        start,
        newEnd: start + inserted.length,
        delta: next.length - text.length,
      });
      text = next;
      assert.deepEqual(lineStarts(index), lineStarts(createLineIndex(text)), `edit ${edit}: ${JSON.stringify(text)}`);
      const offset = random.int(0, text.length);
      assert.deepEqual(index.positionAt(offset), createLineIndex(text).positionAt(offset), `edit ${edit} at ${offset}`);
    }
  });
});

describe('line index: read only as far as asked', () => {
  /** The position of `offset` counted character by character: the reference the index must agree with. */
  function countedPosition(text: string, offset: number): { line: number; character: number } {
    // Never between the \r and \n of a line break.
    if (text[offset - 1] === '\r' && text[offset] === '\n') offset--;
    let line = 0;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
      if (text[i] === '\r' && text[i + 1] === '\n') i++;
      else if (text[i] !== '\n' && text[i] !== '\r') continue;
      line++;
      lineStart = i + 1;
    }
    return { line, character: offset - lineStart };
  }

  it('places offsets asked in any order as an index read to the end does, for every kind of line break', () => {
    const random = createRandom(7);
    const pieces = ['a', 'bc', ' ', '\n', '\r\n', '\r', '\n\n', 'x\r', '\ny'];
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: random.int(0, 80) }, () => random.pick(pieces)).join('');
      const lazy = createLineIndex(text);
      const whole = createLineIndex(text);
      const lines = whole.lineCount;
      for (let ask = 0; ask < 12; ask++) {
        const offset = random.int(0, text.length);
        const where = `${JSON.stringify(text)} at ${offset}`;
        assert.deepEqual(lazy.positionAt(offset), whole.positionAt(offset), where);
        assert.deepEqual(lazy.positionAt(offset), countedPosition(text, offset), where);
      }
      assert.equal(lazy.lineCount, lines);
      assert.deepEqual(lineStarts(lazy), lineStarts(whole));
    }
  });
});
