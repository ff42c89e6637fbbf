import { strict as assert } from 'node:assert';
import { applyTextEdits, planTextEdits } from '../../server/src/core/edit';
import { parseRecord } from '../../server/src/core/parse';
import type { FixOperation, RecordFormat } from '../../server/src/core/types';

/** Applies operations through the edit layer and returns the new text (or throws the planning error). */
function edit(text: string, operations: FixOperation[], format: RecordFormat = 'yaml'): string {
  const doc = parseRecord(text, format);
  const plan = planTextEdits(doc, operations);
  if ('error' in plan) throw new Error(plan.error);
  const result = applyTextEdits(text, plan.edits);
  assert.deepEqual(parseRecord(result, format).syntaxFindings, [], `result does not parse:\n${result}`);
  return result;
}

function lines(...parts: string[]): string {
  return parts.join('\n') + '\n';
}

const design = lines(
  '# a comment',
  'protocolSection:',
  '  designModule:',
  '    designInfo:',
  '      allocation: NON_RANDOMIZED # keep me',
  '      interventionModel: "SINGLE_GROUP"',
  '    phases:',
  '      - PHASE1',
  '      - PHASE2',
  '  armsInterventionsModule:',
  '    armGroups:',
  '      - label: A',
  '        type: EXPERIMENTAL',
  '      - label: B',
);

describe('edit layer (YAML)', () => {
  it('replaces a plain scalar in place, keeping the trailing comment', () => {
    const result = edit(design, [
      { op: 'replace', path: '/protocolSection/designModule/designInfo/allocation', value: 'NA' },
    ]);
    assert.match(result, /\n {6}allocation: NA # keep me\n/);
  });

  it('keeps double quotes when the old value was double-quoted', () => {
    const result = edit(design, [
      { op: 'replace', path: '/protocolSection/designModule/designInfo/interventionModel', value: 'PARALLEL' },
    ]);
    assert.match(result, /interventionModel: "PARALLEL"\n/);
  });

  it('quotes a plain value that YAML would read differently', () => {
    const result = edit(design, [
      { op: 'replace', path: '/protocolSection/designModule/designInfo/allocation', value: 'true' },
    ]);
    assert.match(result, /allocation: "true" # keep me/);
  });

  it('writes an object value in block style below the key', () => {
    const result = edit(design, [
      { op: 'replace', path: '/protocolSection/designModule/designInfo/interventionModel', value: { a: 1, b: ['x'] } },
    ]);
    assert.match(result, /\n {6}interventionModel:\n {8}a: 1\n {8}b:\n {10}- x\n {4}phases:/);
  });

  it('adds a key after the last key of a mapping, at the same indentation', () => {
    const result = edit(design, [
      { op: 'add', path: '/protocolSection/designModule/designInfo/primaryPurpose', value: 'TREATMENT' },
    ]);
    assert.match(result, /interventionModel: "SINGLE_GROUP"\n {6}primaryPurpose: TREATMENT\n {4}phases:/);
  });

  it('adds a key to an item of a sequence', () => {
    const result = edit(design, [
      { op: 'add', path: '/protocolSection/armsInterventionsModule/armGroups/0/description', value: 'Gets it' },
    ]);
    assert.match(result, /type: EXPERIMENTAL\n {8}description: Gets it\n {6}- label: B/);
  });

  it('appends items to block sequences, objects in compact form', () => {
    const result = edit(design, [
      { op: 'add', path: '/protocolSection/designModule/phases/-', value: 'PHASE3' },
      { op: 'add', path: '/protocolSection/armsInterventionsModule/armGroups/-', value: { label: 'C', type: 'OTHER' } },
    ]);
    assert.match(result, /- PHASE2\n {6}- PHASE3\n/);
    assert.match(result, /- label: B\n {6}- label: C\n {8}type: OTHER\n$/);
  });

  it('adds to flow collections in flow style', () => {
    const result = edit('a: { b: 1 }\nc: [x]\n', [
      { op: 'add', path: '/a/d', value: 'two words' },
      { op: 'add', path: '/c/-', value: 'y, z' },
    ]);
    assert.equal(result, 'a: { b: 1, d: two words }\nc: [x, "y, z"]\n');
  });

  it('removes a pair with its children, keeping comments elsewhere', () => {
    const result = edit(design, [{ op: 'remove', path: '/protocolSection/designModule/designInfo' }]);
    assert.equal(result, design.replace(/ {4}designInfo:\n.*\n.*\n/, ''));
  });

  it('removes the first key of a sequence item without losing the dash', () => {
    const result = edit(design, [{ op: 'remove', path: '/protocolSection/armsInterventionsModule/armGroups/0/label' }]);
    assert.match(result, /armGroups:\n {6}- type: EXPERIMENTAL\n {6}- label: B\n/);
  });

  it('leaves an empty list when the only item is removed', () => {
    assert.equal(edit('a:\n  - x\nb: 1\n', [{ op: 'remove', path: '/a/0' }]), 'a: []\nb: 1\n');
  });

  it('removes items in JSON Patch order (each operation sees the previous result)', () => {
    assert.equal(
      edit('a:\n  - x\n  - y\n  - z\n', [
        { op: 'remove', path: '/a/0' },
        { op: 'remove', path: '/a/0' },
      ]),
      'a:\n  - z\n',
    );
  });

  it('renames a key with move, keeping the value and its layout', () => {
    const result = edit(design, [
      { op: 'move', from: '/protocolSection/designModule/phases', path: '/protocolSection/designModule/phase' },
    ]);
    assert.match(result, /\n {4}phase:\n {6}- PHASE1\n/);
  });

  it('keeps CRLF line endings', () => {
    const crlf = design.replace(/\n/g, '\r\n');
    const result = edit(crlf, [
      { op: 'add', path: '/protocolSection/designModule/designInfo/primaryPurpose', value: 'TREATMENT' },
      { op: 'remove', path: '/protocolSection/designModule/phases/0' },
    ]);
    assert.doesNotMatch(result.replace(/\r\n/g, ''), /\n/);
    assert.match(result, /primaryPurpose: TREATMENT\r\n/);
  });

  it('replaces a block scalar with a literal block at the same indentation', () => {
    const result = edit('a:\n  text: >-\n    one\n    two\nb: 1\n', [
      { op: 'replace', path: '/a/text', value: 'x\ny' },
    ]);
    assert.equal(result, 'a:\n  text: |-\n    x\n    y\nb: 1\n');
  });

  it('fills a key that has no value yet', () => {
    assert.equal(edit('a:\n  b:\nc: 1\n', [{ op: 'add', path: '/a/b/x', value: 1 }]), 'a:\n  b:\n    x: 1\nc: 1\n');
  });
});

const json = '{\n  "a": {\n    "b": 1,\n    "c": [\n      "x"\n    ]\n  },\n  "d": {}\n}\n';

describe('edit layer (JSON)', () => {
  it('replaces a value with JSON text', () => {
    assert.equal(
      edit(json, [{ op: 'replace', path: '/a/b', value: 'two "words"' }], 'json'),
      json.replace('"b": 1', '"b": "two \\"words\\""'),
    );
  });

  it('adds a key after the last one with a comma, at the file indentation', () => {
    const result = edit(json, [{ op: 'add', path: '/a/e', value: { f: true } }], 'json');
    assert.match(result, /\n {4}\],\n {4}"e": \{\n {6}"f": true\n {4}\}\n {2}\},/);
  });

  it('adds into an empty object', () => {
    const result = edit(json, [{ op: 'add', path: '/d/k', value: 1 }], 'json');
    assert.match(result, /"d": \{\n {4}"k": 1\n {2}\}/);
  });

  it('removes the last key together with the comma before it', () => {
    const result = edit(json, [{ op: 'remove', path: '/d' }], 'json');
    assert.equal(result, '{\n  "a": {\n    "b": 1,\n    "c": [\n      "x"\n    ]\n  }\n}\n');
  });

  it('removes a middle key as whole lines', () => {
    const result = edit(json, [{ op: 'remove', path: '/a/b' }], 'json');
    assert.match(result, /"a": \{\n {4}"c": \[/);
  });

  it('appends an array item', () => {
    assert.match(edit(json, [{ op: 'add', path: '/a/c/-', value: 'y' }], 'json'), /"x",\n {6}"y"\n {4}\]/);
  });

  it('renames a key', () => {
    assert.match(edit(json, [{ op: 'move', from: '/a/b', path: '/a/bb' }], 'json'), /"bb": 1/);
  });

  it('works on single-line JSON', () => {
    assert.equal(
      edit(
        '{"a":[1],"b":2}',
        [
          { op: 'add', path: '/a/-', value: 3 },
          { op: 'remove', path: '/b' },
        ],
        'json',
      ),
      '{"a":[1,3]}',
    );
  });
});

describe('edit layer (YAML and JSON): list positions', () => {
  const records = { yaml: 'c:\n  - x\n', json: '{ "c": ["x"] }\n' } as const;
  for (const format of ['yaml', 'json'] as const) {
    it(`inserts before an index or appends with "-" (${format})`, () => {
      const added = edit(
        records[format],
        [
          { op: 'add', path: '/c/0', value: 'w' },
          { op: 'add', path: '/c/-', value: 'y' },
        ],
        format,
      );
      assert.deepEqual(parseRecord(added, format).value, { c: ['w', 'x', 'y'] });
    });

    it(`refuses an index past the end or not a number (${format})`, () => {
      for (const token of ['2', '01', 'first']) {
        assert.throws(() => edit(records[format], [{ op: 'add', path: `/c/${token}`, value: 'y' }], format), {
          message: `Index ${token} is outside the list.`,
        });
      }
    });
  }
});
