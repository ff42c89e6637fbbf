import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modify, type FormattingOptions, type JSONPath } from 'jsonc-parser';
import { formatInsertion } from '../../server/src/core/edit/jsonFormat';

/**
 * The edit layer formats JSON insertions itself (jsonc-parser's own formatting is quadratic on
 * deeply nested lines: fuzz seed 2026, case 2180, took 6 s of CPU for one quick fix). On ordinary
 * records the result must be exactly jsonc-parser's.
 */

const RECORDS = join(__dirname, '../fixtures/records');

/** Paths of a record's objects and arrays, with a new key or index inside each. */
function insertionPaths(value: unknown, path: JSONPath = [], out: JSONPath[] = []): JSONPath[] {
  if (Array.isArray(value)) {
    out.push([...path, value.length]);
    value.slice(0, 2).forEach((item, index) => insertionPaths(item, [...path, index], out));
  } else if (value && typeof value === 'object') {
    out.push([...path, 'addedKey']);
    for (const [key, child] of Object.entries(value).slice(0, 6)) insertionPaths(child, [...path, key], out);
  }
  return out;
}

describe('JSON insertions formatted like jsonc-parser, in bounded time', () => {
  const layouts: Array<[string, number, '\n' | '\r\n']> = [
    ['2 spaces, LF', 2, '\n'],
    ['4 spaces, CRLF', 4, '\r\n'],
  ];
  for (const [layout, indent, eol] of layouts) {
    it(`the same text as jsonc-parser for insertions all over 5 records (${layout})`, () => {
      const options: FormattingOptions = { insertSpaces: true, tabSize: indent, eol };
      let compared = 0;
      for (const name of readdirSync(RECORDS)
        .filter((file) => file.endsWith('.json'))
        .slice(0, 5)) {
        const value: unknown = JSON.parse(readFileSync(join(RECORDS, name), 'utf8'));
        const text = JSON.stringify(value, null, indent).replace(/\n/g, eol);
        for (const path of insertionPaths(value).slice(0, 40)) {
          const inserted = { briefSummary: '', list: [1, { a: 'x' }] };
          const isArrayInsertion = typeof path[path.length - 1] === 'number';
          const expected = modify(text, path, inserted, { isArrayInsertion, formattingOptions: options });
          const plain = modify(text, path, inserted, { isArrayInsertion });
          assert.deepEqual(
            plain.map((edit) => formatInsertion(text, edit, options)),
            expected,
            `${name} ${path.join('/')}`,
          );
          compared++;
        }
      }
      assert.ok(compared > 100, `${compared} insertions compared`);
    });
  }

  it('leaves a line of 5,000 nested brackets as written, fast', () => {
    const text = `{\n  "a": 1,\n  "deep": ${'['.repeat(5_000)}1${']'.repeat(5_000)}\n}`;
    const started = process.cpuUsage();
    const [edit] = modify(text, ['added'], { b: 1 }, {});
    const formatted = formatInsertion(text, edit, { insertSpaces: true, tabSize: 2, eol: '\n' });
    const cpu = process.cpuUsage(started);
    assert.deepEqual(formatted, edit, 'the insertion as jsonc-parser plans it, unformatted');
    assert.ok(cpu.user + cpu.system < 500_000, `${(cpu.user + cpu.system) / 1000} ms CPU`);
  });
});
