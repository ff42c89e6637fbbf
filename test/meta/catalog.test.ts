import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listRuleInfo } from '../../server/src/core';

describe('meta: the finding catalog', () => {
  const docs = readFileSync(join(__dirname, '../../docs/rules.md'), 'utf8');
  const catalog = listRuleInfo('docs/rules.md');

  it('documents every finding id a diagnostic can link to (syntax, schema, rules, suppressions)', () => {
    const missing = catalog
      .filter((rule) => !docs.includes(`<a id="${rule.docs.split('#')[1]}"></a>`))
      .map((rule) => rule.id);
    assert.deepEqual(missing, []);
  });

  it('has unique ids, each with a severity and a description', () => {
    const ids = catalog.map((rule) => rule.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const rule of catalog) {
      assert.match(rule.id, /^[a-z]+\/[a-z0-9-]+$/);
      assert.ok(rule.description.length > 10, rule.id);
    }
  });
});
