import * as assert from 'node:assert/strict';
import { createTrialRecordService, fixedClock, type CheckOptions } from '../../../server/src/core';
import { defaultSeverityOf, resolveSeverity, switchedOffIds } from '../../../server/src/core/engine';
import { listRuleInfo } from '../../../server/src/core';

const service = createTrialRecordService({ clock: fixedClock('2025-06-15') });

// One record with a syntax finding (duplicate key), a schema finding (enum), a rule finding
// (single group with two arms) and a suppression finding (no reason).
const TEXT = [
  'protocolSection:',
  '  designModule:',
  '    studyType: INTERVENTIONAL',
  '    designInfo:',
  '      allocation: NA',
  '      allocation: NA',
  '      # trial-record-disable-next-line text/title-all-caps',
  '      interventionModel: SINGLE_GROUP',
  '      primaryPurpose: TREATING',
  '  armsInterventionsModule:',
  '    armGroups:',
  '      - label: A',
  '        type: EXPERIMENTAL',
  '      - label: B',
  '        type: EXPERIMENTAL',
  '',
].join('\n');
const IDS = ['syntax/duplicate-key', 'schema/enum', 'design/single-group-multiple-arms', 'suppression/missing-reason'];

function severities(options?: CheckOptions): Record<string, string> {
  const findings = service.check(service.parse(TEXT, 'yaml'), options);
  return Object.fromEntries(IDS.map((id) => [id, findings.find((f) => f.ruleId === id)?.severity ?? 'absent']));
}

describe('engine: severity, decided once for every kind of finding', () => {
  it('uses each id’s default without settings', () => {
    assert.deepEqual(severities(), Object.fromEntries(IDS.map((id) => [id, defaultSeverityOf(id)])));
  });

  it('applies an override to syntax, schema, rule and suppression findings alike', () => {
    const overrides = Object.fromEntries(IDS.map((id) => [id, 'info' as const]));
    assert.deepEqual(severities({ severities: overrides }), Object.fromEntries(IDS.map((id) => [id, 'info'])));
  });

  it('drops every kind of finding set to off, and null means the default', () => {
    const off = Object.fromEntries(IDS.map((id) => [id, 'off' as const]));
    assert.deepEqual(severities({ severities: off }), Object.fromEntries(IDS.map((id) => [id, 'absent'])));
    assert.deepEqual(severities({ severities: { 'schema/enum': null } }), severities());
  });

  it('switches a finding off exactly when resolveSeverity says off (the engine’s shortcut for every rule)', () => {
    for (const { id } of listRuleInfo('')) {
      for (const level of ['off', 'info', 'warning', 'error', null, undefined] as const) {
        const overrides = { [id]: level };
        // Among other overrides, on and off.
        const all = {
          'design/single-arm-allocation': 'off' as const,
          ...overrides,
          'text/blank-value': 'info' as const,
        };
        assert.equal(switchedOffIds(all).has(id), resolveSeverity(id, all) === 'off', `${id} ${level}`);
      }
      assert.equal(switchedOffIds(undefined).has(id), false, id);
    }
  });
});
