import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRecord } from '../../server/src/core/parse';
import { parseValidJson } from '../../server/src/core/parse/fastJson';
import { LIMITS } from '../../server/src/core/parse/limits';
import { parseJsonText } from '../../server/src/core/parse/jsonParser';
import { itWithSharedCorpus } from '../records';

const FIXTURES = join(__dirname, '../fixtures/records');
const CORPUS = join(__dirname, '../../../shared/corpus/v2json');

/** The general path: jsonc-parser's tree, converted, and JSON.parse for the value. */
function general(text: string) {
  const { root, findings } = parseJsonText(text);
  return { root, findings, value: findings.length === 0 && root ? JSON.parse(text.replace(/^\ufeff/, '')) : undefined };
}

function agrees(text: string, name: string): void {
  const fast = parseValidJson(text);
  const slow = general(text);
  if (!fast) {
    assert.ok(
      slow.findings.length > 0 || !slow.root || text.charCodeAt(0) === 0xfeff,
      `${name}: the fast path gave up on valid JSON`,
    );
    return;
  }
  assert.equal(slow.findings.length, 0, `${name}: the fast path accepted invalid JSON`);
  assert.deepStrictEqual(fast.root, slow.root, name);
  assert.deepStrictEqual(fast.value, slow.value, name);
}

describe('JSON fast path', function () {
  this.timeout(120_000);

  it('builds the same tree and value as the general path on real records, pretty and minified', () => {
    const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.json'));
    assert.ok(files.length >= 60);
    for (const name of files) {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      agrees(text, name);
      agrees(JSON.stringify(JSON.parse(text)), `${name} (minified)`);
    }
  });

  itWithSharedCorpus('agrees on every record of the shared corpus', () => {
    for (const name of readdirSync(CORPUS).filter((file) => file.endsWith('.json')))
      agrees(readFileSync(join(CORPUS, name), 'utf8'), name);
  });

  it('gives up on anything irregular and never throws', () => {
    const text = readFileSync(
      join(FIXTURES, readdirSync(FIXTURES).filter((name) => name.endsWith('.json'))[0]),
      'utf8',
    );
    // Every cut of a record, and single-character damage at many places.
    for (let end = 0; end < text.length; end += 97) agrees(text.slice(0, end), `cut at ${end}`);
    for (let at = 0; at < text.length; at += 131) {
      for (const char of ['"', '}', ',', '\\', '\n', 'x', ''])
        agrees(text.slice(0, at) + char + text.slice(at + 1), `damage at ${at}`);
    }
    for (const odd of [
      '',
      ' ',
      '{"a":1,"a":2}',
      '\ufeff{}',
      '{"a":01}',
      '[1,]',
      '{"a":"\t"}',
      '"\\u00e9"',
      '-0.5e+3',
      '{"__proto__":{"x":1}}',
    ]) {
      agrees(odd, JSON.stringify(odd));
    }
    assert.equal(parseValidJson('['.repeat(200_000)), undefined);
  });

  it('leaves nesting deeper than the limit to the general path, which reports it', () => {
    const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
    assert.ok(parseValidJson(nested(LIMITS.maxDepth)));
    assert.equal(parseValidJson(nested(LIMITS.maxDepth + 1)), undefined);
    const deep = parseRecord(`{"a":${nested(LIMITS.maxDepth)}}`, 'json');
    assert.deepStrictEqual(
      deep.syntaxFindings.map((finding) => finding.ruleId),
      ['syntax/too-deep'],
    );
    assert.deepStrictEqual(parseRecord(`{"a":${nested(LIMITS.maxDepth - 1)}}`, 'json').syntaxFindings, []);
  });
});
