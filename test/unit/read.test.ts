import * as assert from 'node:assert/strict';
import {
  asArray,
  asBoolean,
  asNumber,
  asObject,
  asString,
  asText,
  readPath,
  textItems,
} from '../../server/src/core/model/read';

describe('tolerant record readers (model/read)', () => {
  it('reads an object but not an array or null as one', () => {
    assert.deepEqual(asObject({ a: 1 }), { a: 1 });
    assert.equal(asObject([1]), undefined);
    assert.equal(asObject(null), undefined);
    assert.equal(asObject('text'), undefined);
  });

  it('reads anything but an array as an empty list', () => {
    assert.deepEqual(asArray([1, 'a']), [1, 'a']);
    assert.deepEqual(asArray({ 0: 'a' }), []);
    assert.deepEqual(asArray(undefined), []);
  });

  it('keeps a string as written and reads a blank one as missing', () => {
    assert.equal(asString('  Phase 2 '), '  Phase 2 ');
    assert.equal(asString(' \n'), undefined);
    assert.equal(asString(12), undefined);
  });

  it('shows numbers as text, but not booleans, blanks or non-finite numbers', () => {
    assert.equal(asText(12.5), '12.5');
    assert.equal(asText(' Aspirin '), ' Aspirin ');
    assert.equal(asText(''), undefined);
    assert.equal(asText(true), undefined);
    assert.equal(asText(Number.NaN), undefined);
  });

  it('reads finite numbers only, and booleans also from "true"/"false"', () => {
    assert.equal(asNumber(3), 3);
    assert.equal(asNumber('3'), undefined);
    assert.equal(asNumber(Number.POSITIVE_INFINITY), undefined);
    assert.equal(asBoolean('true'), true);
    assert.equal(asBoolean(false), false);
    assert.equal(asBoolean('yes'), undefined);
  });

  it('follows a path through objects and stops at anything else', () => {
    const study = { protocolSection: { statusModule: { overallStatus: 'RECRUITING' }, list: [{ a: 1 }] } };
    assert.equal(readPath(study, 'protocolSection', 'statusModule', 'overallStatus'), 'RECRUITING');
    assert.equal(readPath(study, 'protocolSection', 'list', '0'), undefined);
    assert.equal(readPath('text', 'length'), undefined);
    assert.equal(readPath(study), study);
  });

  it('lists the texts of a list with the indices they stand at', () => {
    assert.deepEqual(textItems(['a', 7, null, ' ', 'b']), [
      { index: 0, text: 'a' },
      { index: 1, text: '7' },
      { index: 4, text: 'b' },
    ]);
  });
});
