import { strict as assert } from 'node:assert';
import { applyTextEdits, type TextEdit } from '../../server/src/core/edit';
import { composeEdit } from '../../server/src/core/edit/compose';
import { createRandom } from '../fuzz/mutate';

/**
 * composeEdit folds an edit planned against the current text into edits against the original, without the
 * current text: the result must always produce the text that applying the edits one by one produces.
 */
describe('composeEdit', () => {
  it('equals applying the edits one after another, on 2,000 random sequences', () => {
    const random = createRandom(16);
    for (let sequence = 0; sequence < 2_000; sequence++) {
      const original = 'abcdefghijklmnopqrstuvwxyz'.slice(0, random.int(0, 26));
      let current = original;
      let composed: TextEdit[] = [];
      for (let step = random.int(1, 6); step > 0; step--) {
        const start = random.int(0, current.length);
        const end = random.chance(0.5) ? start : random.int(start, current.length);
        const edit = { span: { start, end }, newText: random.pick(['', 'X', 'YZ', '123']) };
        composed = composeEdit(composed, edit);
        current = applyTextEdits(current, [edit]);
        assert.equal(applyTextEdits(original, composed), current, `sequence ${sequence}`);
      }
      for (let i = 1; i < composed.length; i++)
        assert.ok(composed[i - 1].span.end < composed[i].span.start, `sorted, apart (sequence ${sequence})`);
    }
  });
});
