import * as assert from 'node:assert/strict';
import { mergeSeverities, parseConfig } from '../../../server/src/core/engine';

describe('engine/parseConfig', () => {
  it('reads rule levels', () => {
    const parsed = parseConfig('{ "rules": { "design/single-group-multiple-arms": "error", "schema/enum": "off" } }');
    assert.deepEqual(parsed, { rules: { 'design/single-group-multiple-arms': 'error', 'schema/enum': 'off' }, problems: [] });
  });

  it('reports bad JSON without throwing', () => {
    const parsed = parseConfig('{ rules: ');
    assert.deepEqual(parsed.rules, {});
    assert.match(parsed.problems[0], /Not valid JSON/);
  });

  it('keeps valid entries and reports the others', () => {
    const parsed = parseConfig('{ "rules": { "design/randomized-single-arm": "loud", "no/such-rule": "off", "text/title-all-caps": "info" }, "extra": 1 }');
    assert.deepEqual(parsed.rules, { 'text/title-all-caps': 'info' });
    assert.equal(parsed.problems.length, 3);
  });

  it('rejects a non-object', () => assert.equal(parseConfig('[]').problems.length, 1));

  it('merges later sources over earlier ones', () => {
    assert.deepEqual(mergeSeverities({ a: 'error', b: 'info' }, undefined, { b: 'off' }), { a: 'error', b: 'off' });
  });
});
