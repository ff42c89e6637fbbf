import * as assert from 'node:assert/strict';
import { parseConfig, readRuleSettings } from '../../../server/src/core/engine';

describe('engine/parseConfig', () => {
  it('reads rule levels', () => {
    const parsed = parseConfig('{ "rules": { "design/single-group-multiple-arms": "error", "schema/enum": "off" } }');
    assert.deepEqual(parsed, {
      rules: { 'design/single-group-multiple-arms': 'error', 'schema/enum': 'off' },
      problems: [],
    });
  });

  it('reports bad JSON without throwing', () => {
    const parsed = parseConfig('{ rules: ');
    assert.deepEqual(parsed.rules, {});
    assert.match(parsed.problems[0], /Not valid JSON/);
  });

  it('keeps valid entries and reports the others', () => {
    const parsed = parseConfig(
      '{ "rules": { "design/randomized-single-arm": "loud", ' +
        '"no/such-rule": "off", "text/title-all-caps": "info" }, "extra": 1 }',
    );
    assert.deepEqual(parsed.rules, { 'text/title-all-caps': 'info' });
    assert.equal(parsed.problems.length, 3);
  });

  it('rejects a non-object', () => assert.equal(parseConfig('[]').problems.length, 1));
});

describe('engine/readRuleSettings', () => {
  it('names the key of a wrong value and keeps the others', () => {
    const settings = readRuleSettings({ 'schema/enum': 'hint', 'text/title-all-caps': 'off' }, 'trialRecord.rules');
    assert.deepEqual(settings.rules, { 'text/title-all-caps': 'off' });
    assert.deepEqual(settings.problems, [
      'trialRecord.rules["schema/enum"]: "hint" is not a level; use one of "off", "info", "warning", "error".',
    ]);
  });

  it('names an unknown rule id', () => {
    assert.match(
      readRuleSettings({ 'design/nope': 'off' }, 'trialRecord.rules').problems[0],
      /^trialRecord\.rules\["design\/nope"\]: unknown rule id/,
    );
  });

  it('reads null as the defaults and a non-object as a problem, never throwing', () => {
    assert.deepEqual(readRuleSettings(null, 'trialRecord.rules'), { rules: {}, problems: [] });
    assert.match(readRuleSettings('error', 'trialRecord.rules').problems[0], /^trialRecord\.rules must be an object/);
  });
});
