import * as assert from 'node:assert/strict';
import { findNode, locateOffset, parseRecord, spanOfPointer } from '../../server/src/core/parse';

/** The text a span covers, for readable assertions. */
function textAt(text: string, span: { start: number; end: number } | undefined): string | undefined {
  return span && text.slice(span.start, span.end);
}

describe('parse: YAML records', () => {
  const yaml =
    'protocolSection:\n  designModule:\n    phases:\n      - PHASE1\n' +
    '      - PHASE2\n    designInfo:\n      allocation: RANDOMISED # typo\n';

  it('maps a pointer to the exact value and key ranges', () => {
    const parsed = parseRecord(yaml, 'yaml');
    assert.equal(
      textAt(yaml, spanOfPointer(parsed.root, '/protocolSection/designModule/designInfo/allocation')),
      'RANDOMISED',
    );
    assert.equal(
      textAt(yaml, spanOfPointer(parsed.root, '/protocolSection/designModule/designInfo/allocation', 'key')),
      'allocation',
    );
    assert.equal(textAt(yaml, spanOfPointer(parsed.root, '/protocolSection/designModule/phases/1')), 'PHASE2');
    assert.equal(spanOfPointer(parsed.root, '/protocolSection/designModule/phases/2'), undefined);
  });

  it('maps an offset back to the pointer, on keys and on values', () => {
    const parsed = parseRecord(yaml, 'yaml');
    const onValue = locateOffset(parsed.root, yaml.indexOf('PHASE2') + 2);
    assert.equal(onValue.pointer, '/protocolSection/designModule/phases/1');
    assert.equal(onValue.onKey, false);
    const onKey = locateOffset(parsed.root, yaml.indexOf('allocation') + 3);
    assert.equal(onKey.pointer, '/protocolSection/designModule/designInfo/allocation');
    assert.equal(onKey.onKey, true);
  });

  it('gives the plain value and keeps comments with their ranges', () => {
    const parsed = parseRecord(yaml, 'yaml');
    assert.deepEqual(parsed.value, {
      protocolSection: { designModule: { phases: ['PHASE1', 'PHASE2'], designInfo: { allocation: 'RANDOMISED' } } },
    });
    assert.equal(parsed.comments.length, 1);
    assert.equal(textAt(yaml, parsed.comments[0].span), '# typo');
  });

  it('does not take a # inside a quoted or block string for a comment', () => {
    const text = 'a: "x # not a comment"\nb: |\n  # not a comment either\nc: 1 # real\n';
    const parsed = parseRecord(text, 'yaml');
    assert.deepEqual(
      parsed.comments.map((comment) => comment.text),
      [' real'],
    );
  });

  it('reports a duplicate key on the second key, as an error', () => {
    const text = 'protocolSection:\n  statusModule: {}\n  statusModule: {}\n';
    const parsed = parseRecord(text, 'yaml');
    const duplicates = parsed.syntaxFindings.filter((finding) => finding.ruleId === 'syntax/duplicate-key');
    assert.equal(duplicates.length, 1);
    assert.equal(duplicates[0].span?.start, text.lastIndexOf('statusModule'));
  });

  it('reports a second YAML document', () => {
    const parsed = parseRecord('a: 1\n---\nb: 2\n', 'yaml');
    assert.deepEqual(
      parsed.syntaxFindings.map((finding) => finding.ruleId),
      ['syntax/multiple-documents'],
    );
  });

  it('explains tab indentation in plain words', () => {
    const parsed = parseRecord('a:\n\tb: 2\n', 'yaml');
    assert.equal(parsed.syntaxFindings[0].ruleId, 'syntax/invalid-yaml');
    assert.match(parsed.syntaxFindings[0].message, /Tabs cannot indent YAML/);
    assert.equal(parsed.syntaxFindings[0].span?.start, 3);
  });

  it('handles a BOM and CRLF line endings', () => {
    const text = '\ufeffprotocolSection:\r\n  statusModule:\r\n    overallStatus: RECRUITING\r\n';
    const parsed = parseRecord(text, 'yaml');
    assert.deepEqual(parsed.syntaxFindings, []);
    const span = spanOfPointer(parsed.root, '/protocolSection/statusModule/overallStatus');
    assert.equal(textAt(text, span), 'RECRUITING');
    assert.deepEqual(parsed.lineIndex.positionAt(span!.start), { line: 2, character: 19 });
  });

  it('expands aliases but stops an alias bomb with a finding', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++) {
      const previous = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(
        `${name}: &${name} [${Array(10)
          .fill('*' + previous)
          .join(', ')}]`,
      );
    }
    // How long it takes is printed by `npm run bench` (scripts/bench-hostile.ts).
    const parsed = parseRecord(levels.join('\n') + '\n', 'yaml');
    assert.ok(parsed.syntaxFindings.some((finding) => finding.ruleId === 'syntax/alias-limit'));
  });

  it('treats an empty file as no record, without findings', () => {
    const parsed = parseRecord('', 'yaml');
    assert.equal(parsed.root, undefined);
    assert.deepEqual(parsed.syntaxFindings, []);
  });

  it('keeps a key whose value is still being typed', () => {
    const parsed = parseRecord('protocolSection:\n  designModule:\n', 'yaml');
    const location = findNode(parsed.root, '/protocolSection/designModule');
    assert.equal(location?.property?.key, 'designModule');
  });
});

describe('parse: JSON records', () => {
  const json = '{\n  "protocolSection": {\n    "designModule": { "phases": ["PHASE1", "PHASE2"] }\n  }\n}\n';

  it('maps pointers to ranges including the quotes', () => {
    const parsed = parseRecord(json, 'json');
    assert.equal(textAt(json, spanOfPointer(parsed.root, '/protocolSection/designModule/phases/0')), '"PHASE1"');
    assert.equal(textAt(json, spanOfPointer(parsed.root, '/protocolSection/designModule', 'key')), '"designModule"');
  });

  it('reports a syntax error at the parser position in plain words', () => {
    const text = '{ "a": 1, }';
    const parsed = parseRecord(text, 'json');
    assert.equal(parsed.syntaxFindings[0].ruleId, 'syntax/invalid-json');
    assert.match(parsed.syntaxFindings[0].message, /trailing comma/);
    assert.equal(parsed.syntaxFindings[0].span?.start, text.indexOf('}'));
  });

  it('reports duplicate keys and keeps the last value like JSON.parse', () => {
    const parsed = parseRecord('{"a": 1, "a": 2}', 'json');
    assert.deepEqual(
      parsed.syntaxFindings.map((finding) => finding.ruleId),
      ['syntax/duplicate-key'],
    );
    assert.deepEqual(parsed.value, { a: 2 });
  });

  it('keeps a key named __proto__ as data', () => {
    const parsed = parseRecord('{"__proto__": {"polluted": true}}', 'json');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.ok(Object.prototype.hasOwnProperty.call(parsed.value, '__proto__'));
  });
});
