import * as assert from 'node:assert/strict';
import { ALL_RULES } from '../../server/src/core/rules';
import { CATALOGUE } from '../../server/src/core/rules/catalogue';

describe('registry check catalogue coverage', () => {
  const ids = new Set(CATALOGUE.map((entry) => entry.id));
  const byRules = new Set(ALL_RULES.flatMap((rule) => rule.catalogue));

  it('lists each catalogue id once', () => assert.equal(ids.size, CATALOGUE.length));

  it('names only catalogue ids in rule metadata', () => {
    const unknown = ALL_RULES.flatMap((rule) =>
      rule.catalogue.filter((id) => !ids.has(id)).map((id) => `${rule.id}: ${id}`),
    );
    assert.deepEqual(unknown, []);
  });

  it('implements every id (rule or schema) or says why not', () => {
    const open = CATALOGUE.filter((e) => !byRules.has(e.id) && !e.schema && !e.notImplemented).map((e) => e.id);
    assert.deepEqual(open, []);
  });

  it('does not call an id "not implemented" when a rule implements it', () => {
    assert.deepEqual(
      CATALOGUE.filter((e) => e.notImplemented && byRules.has(e.id)).map((e) => e.id),
      [],
    );
  });

  it('covers at least 120 catalogue ids', () => {
    const covered = CATALOGUE.filter((e) => byRules.has(e.id) || e.schema).length;
    assert.ok(covered >= 120, `${covered} covered`);
  });
});
