import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTrialRecordService, fixedClock } from '../../server/src/core';
import { LIMITS, locatePointer, parseRecord, type AstNode, type ParsedDocument } from '../../server/src/core/parse';
import { parseStrictJson } from '../../server/src/core/parse/strictJson';
import { itWithSharedCorpus } from '../records';

const FIXTURES = join(__dirname, '../fixtures/records');
const CORPUS = join(__dirname, '../../../shared/corpus/v2json');

const onDemand = (text: string) => parseRecord(text, 'json', { treeOnDemand: true });
const eager = (text: string) => parseRecord(text, 'json');

/** Every pointer of a tree, as reference tokens, with a few that lead nowhere. */
function pointersOf(node: AstNode | undefined, tokens: string[] = [], into: string[][] = []): string[][] {
  into.push(tokens);
  if (node?.kind === 'object') {
    for (const property of node.properties) pointersOf(property.value, [...tokens, property.key], into);
    into.push([...tokens, 'no such key']);
  } else if (node?.kind === 'array') {
    node.items.forEach((item, index) => pointersOf(item, [...tokens, String(index)], into));
    into.push([...tokens, String(node.items.length)], [...tokens, '00'], [...tokens, '-1']);
  } else {
    into.push([...tokens, '0']);
  }
  return into;
}

/** The document read on demand agrees with the eager one: value, every pointer's place, and the tree itself. */
function agrees(text: string, name: string, everyPointer = true): ParsedDocument {
  const lazy = onDemand(text);
  const full = eager(text);
  assert.deepStrictEqual(lazy.value, full.value, name);
  assert.deepStrictEqual(lazy.syntaxFindings, full.syntaxFindings, name);
  if (everyPointer)
    for (const tokens of pointersOf(full.root))
      assert.deepStrictEqual(locatePointer(lazy, tokens), locatePointer(full, tokens), `${name}: /${tokens.join('/')}`);
  assert.deepStrictEqual(lazy.root, full.root, name);
  return lazy;
}

function fixtureTexts(): [string, string][] {
  const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.json'));
  assert.ok(files.length >= 60);
  return files.map((name) => [name, readFileSync(join(FIXTURES, name), 'utf8')]);
}

describe('JSON read once, its syntax tree built on demand (the command line)', function () {
  this.timeout(240_000);

  it('places every pointer of real records where the syntax tree does, pretty and minified', () => {
    for (const [name, text] of fixtureTexts()) {
      agrees(text, name);
      agrees(JSON.stringify(JSON.parse(text)), `${name} (minified)`);
    }
  });

  it('reads keys and strings written in every way JSON allows', () => {
    for (const text of [
      '{"a\\"b" : {"c\\\\":[1, "x\\"y\\\\", {"d":null}]} , "e":"\\u00e9\\n"}',
      '{ "a" :\n\t"\\":" ,"b":[ ] ,"c":{ }}',
      '{"__proto__":{"x":1},"y":-0.5e+3,"z":[true,false,null]}',
      '[[["deep"]], {"k": "v"}]',
      '"just a string"',
      '42',
      '{}',
    ]) {
      assert.notEqual(parseStrictJson(text), undefined, `${JSON.stringify(text)} is read without a tree`);
      agrees(text, JSON.stringify(text));
    }
  });

  it('leaves to the syntax tree what needs a finding: repeated keys, a byte-order mark, deep nesting, bad JSON', () => {
    const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
    for (const text of [
      '{"a":1,"a":2}',
      '{"a":{"b":1,"c":{"b":2,"b":3}}}',
      // Spaces before the colon, and colons after a quote inside strings, do not hide a repeat.
      '{"a" :1,"a":2}',
      '{"a"\n\t:1,"a":2}',
      '{"a":1,"a":"\\":"}',
      '{"a":":)","a":2}',
      '\ufeff{"a":1}',
      `{"a":${nested(LIMITS.maxDepth)}}`,
      '{"a":1,}',
      '{"a":',
    ]) {
      assert.equal(parseStrictJson(text), undefined, JSON.stringify(text).slice(0, 60));
      const lazy = onDemand(text);
      assert.deepStrictEqual(lazy.syntaxFindings, eager(text).syntaxFindings);
      // A byte-order mark is allowed, and read past by the syntax tree's parser.
      if (!text.startsWith('\ufeff'))
        assert.ok(lazy.syntaxFindings.length > 0, `${JSON.stringify(text).slice(0, 60)} has its finding`);
    }
    assert.ok(parseStrictJson(nested(LIMITS.maxDepth)));
    // The same key in different objects, and a key written inside a string, are not repeats.
    assert.ok(parseStrictJson('{"a":{"b":1},"c":{"b":2},"d":"\\"b\\": 3"}'));
    assert.ok(parseStrictJson('{"a":":)","b":" : ","c":"\\" :"}'));
  });

  it('gives every record the same shape: the tree is read through one shared getter, not one per record', () => {
    // A getter written into each record's object gave each a hidden class of its own, holding the record's text
    // until a full garbage collection (a bulk check spent twice the collection time on parsing).
    const [first, second] = fixtureTexts().map(([, text]) => onDemand(text));
    assert.equal(Object.getOwnPropertyDescriptor(first, 'root'), undefined);
    assert.equal(Object.getPrototypeOf(first), Object.getPrototypeOf(second));
    assert.notEqual(Object.getPrototypeOf(first), Object.prototype);
    assert.deepStrictEqual(Object.keys(first), Object.keys(second));
    assert.equal(first.root, first.root, 'built once');
  });

  it('finds the same problems, in the same places, as a check of the full syntax tree', () => {
    const once = createTrialRecordService({ clock: fixedClock('2026-12-01'), oneCheckPerRecord: true });
    const editor = createTrialRecordService({ clock: fixedClock('2026-12-01') });
    let findings = 0;
    for (const [name, text] of fixtureTexts()) {
      const expected = editor.check(editor.parse(text, 'json'));
      assert.deepStrictEqual(once.check(once.parse(text, 'json')), expected, name);
      findings += expected.length;
    }
    assert.ok(findings > 100, `the fixtures give findings to compare (${findings})`);
  });

  itWithSharedCorpus('agrees on every record of the shared corpus', () => {
    const once = createTrialRecordService({ clock: fixedClock('2026-12-01'), oneCheckPerRecord: true });
    const editor = createTrialRecordService({ clock: fixedClock('2026-12-01') });
    for (const name of readdirSync(CORPUS).filter((file) => file.endsWith('.json'))) {
      const text = readFileSync(join(CORPUS, name), 'utf8');
      const lazy = agrees(text, name, text.length < 100_000);
      assert.deepStrictEqual(once.check(lazy), editor.check(eager(text)), name);
    }
  });
});
