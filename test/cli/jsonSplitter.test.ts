import * as assert from 'node:assert/strict';
import { JsonRecordSplitter, type SplitOutput } from '../../server/src/cli/jsonSplitter';

function split(text: string, chunkSize = text.length): SplitOutput[] {
  const splitter = new JsonRecordSplitter();
  const out: SplitOutput[] = [];
  for (let i = 0; i < text.length; i += chunkSize) out.push(...splitter.push(text.slice(i, i + chunkSize)));
  out.push(...splitter.end());
  return out;
}

const TRICKY = [
  {
    protocolSection: {
      identificationModule: { nctId: 'NCT00000001', briefTitle: 'Brackets ] } [ { and "quotes" \\ and \\"' },
    },
  },
  { protocolSection: { identificationModule: { nctId: 'NCT00000002', briefTitle: 'Ünïcödé — “curly” \u2028' } } },
];

describe('JSON record splitter', () => {
  it('cuts a top-level array into its items, whatever the chunk boundaries', () => {
    const text = JSON.stringify(TRICKY, null, 2);
    const whole = split(text);
    assert.deepEqual(
      whole.map((output) => ('text' in output ? JSON.parse(output.text) : output)),
      TRICKY,
    );
    for (const size of [1, 2, 3, 7, 64]) assert.deepEqual(split(text, size), whole, `chunks of ${size}`);
    assert.deepEqual(
      whole.map((output) => ('pointer' in output ? output.pointer : '')),
      ['/0', '/1'],
    );
  });

  it('gives each item its line and column in the stream', () => {
    const text = '[\n  {"a": 1},\n    {"b": 2}]';
    const out = split(text);
    assert.deepEqual(
      out.map((output) => ('line' in output && 'character' in output ? [output.line, output.character] : [])),
      [
        [1, 2],
        [2, 4],
      ],
    );
  });

  it('reads the studies of an API page, and a plain object as one whole record', () => {
    const page = JSON.stringify({ nextPageToken: 'x', studies: TRICKY, totalCount: 2 });
    assert.deepEqual(
      split(page, 5).map((output) => ('pointer' in output ? output.pointer : '')),
      ['/studies/0', '/studies/1'],
    );
    const record = JSON.stringify(TRICKY[1], null, 2);
    const [only, ...rest] = split(record, 3);
    assert.equal(rest.length, 0);
    assert.ok('text' in only && only.whole && only.text === record);
  });

  it('reads JSON Lines as one record per line', () => {
    const lines = TRICKY.map((study) => JSON.stringify(study)).join('\n') + '\n';
    const out = split(lines, 4);
    assert.deepEqual(
      out.map((output) => ('whole' in output ? [output.whole, output.line] : [])),
      [
        [true, 0],
        [true, 1],
      ],
    );
  });

  it('says where a list is cut off, and what is not a record', () => {
    const text = JSON.stringify(TRICKY, null, 2);
    const cut = split(text.slice(0, text.length - 20));
    assert.equal(cut.length, 2);
    assert.ok('problem' in cut[1] && /ends inside record \/1/.test(cut[1].problem));
    const between = split('[{"a": 1},');
    assert.ok('problem' in between[1] && /before the list of records is closed/.test(between[1].problem));
    const numbers = split('[1, 2]');
    assert.ok('problem' in numbers[0] && /item \/0 of the list is not a record/.test(numbers[0].problem));
    const page = split('{"studies": [{"a": 1}, 7]}');
    assert.ok('problem' in page[1] && /item \/studies\/1 of the list is not a record/.test(page[1].problem));
    const garbage = split('hello');
    assert.ok('problem' in garbage[0] && /unexpected text "hello"/.test(garbage[0].problem));
  });
});
