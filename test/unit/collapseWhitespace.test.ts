import { strict as assert } from 'node:assert';
import { collapseWhitespace } from '../../server/src/core/rules/util/text';

describe('collapseWhitespace', () => {
  it('gives each run of whitespace as one space, with none at either end, as replace and trim do', () => {
    const runs = ['', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', ' \n '];
    for (const before of runs)
      for (const between of runs)
        for (const after of runs) {
          const text = `${before}End${between}of study${after}`;
          assert.equal(collapseWhitespace(text), text.replace(/\s+/g, ' ').trim(), JSON.stringify(text));
        }
  });

  it('returns a text that is collapsed already as it is', () => {
    for (const text of ['', 'Baseline', 'End of study', 'a b c']) assert.equal(collapseWhitespace(text), text);
  });
});
