import { strict as assert } from 'node:assert';
import { FIX_ALL_KIND, type FindingRef } from '../../server/src/core';
import { createService, lines } from './helpers';

const record = lines(
  '# keep this comment',
  'protocolSection:',
  '  eligibilityModule:',
  '    sex: ALL',
  '    minimumAge: 18 years # lower limit',
  '    maximumAge: 70 years',
);

function setup(text: string) {
  const service = createService();
  const doc = service.parse(text, 'yaml');
  const findings = service.check(doc);
  // What the editor sends back: each diagnostic's code, range and data (pointer and fixes).
  const refs: FindingRef[] = findings.map(({ ruleId, pointer, span, fixes }) => ({ ruleId, pointer, span, fixes }));
  return { service, doc, findings, refs };
}

describe('code actions', () => {
  it('offers each fix a diagnostic carries as a quick fix, planned on the current text', () => {
    const { service, doc, findings, refs } = setup(record);
    const age = refs.filter((ref) => ref.pointer.endsWith('/minimumAge') && ref.ruleId === 'schema/format');
    assert.equal(age.length, 1);
    const actions = service.codeActions({ doc, findings, requested: age });
    const fix = actions.find((action) => action.title === 'Change to 18 Years');
    assert.ok(fix, actions.map((a) => a.title).join(', '));
    assert.equal(fix.isPreferred, true);
    assert.match(service.applyEdits(record, fix.edits), /minimumAge: 18 Years # lower limit\n/);
  });

  it('offers "Fix all <rule-id> problems" when a rule has several safe fixes', () => {
    const { service, doc, findings, refs } = setup(record);
    const age = refs.filter((ref) => ref.ruleId === 'schema/format').slice(0, 1);
    const fixAll = service
      .codeActions({ doc, findings, requested: age })
      .find((a) => a.title === 'Fix all schema/format problems');
    assert.ok(fixAll);
    const result = service.applyEdits(record, fixAll.edits);
    assert.match(result, /minimumAge: 18 Years # lower limit\n {4}maximumAge: 70 Years\n/);
  });

  it('offers "Disable <rule-id> for this line" above the finding line, with the reason left open', () => {
    const { service, doc, findings, refs } = setup(record);
    const age = refs.filter((ref) => ref.pointer.endsWith('/maximumAge'));
    const disable = service
      .codeActions({ doc, findings, requested: age })
      .find((a) => a.title === 'Disable schema/format for this line');
    assert.ok(disable);
    const result = service.applyEdits(record, disable.edits);
    assert.match(result, /\n {4}# trial-record-disable-next-line schema\/format -- \n {4}maximumAge: 70 years\n/);
    assert.ok(
      !service
        .check(service.parse(result, 'yaml'))
        .some((f) => f.ruleId === 'schema/format' && f.pointer.endsWith('/maximumAge')),
    );
  });

  it('gives no fix for a diagnostic whose fix no longer applies to the current text', () => {
    const { service, findings } = setup(record);
    const published = findings.find((f) => f.pointer.endsWith('/minimumAge') && f.ruleId === 'schema/format');
    assert.ok(published?.fixes?.length);
    // The author deleted the age limits since the diagnostic was published.
    const doc = service.parse(lines('protocolSection:', '  eligibilityModule:', '    sex: ALL'), 'yaml');
    const stale: FindingRef = {
      ruleId: 'schema/format',
      pointer: published.pointer,
      span: { start: 0, end: 1 },
      fixes: published.fixes,
    };
    const titles = service.codeActions({ doc, findings, requested: [stale], only: ['quickfix'] }).map((a) => a.title);
    assert.deepEqual(
      titles.filter((title) => title.startsWith('Change')),
      [],
    );
  });

  it('fix-all applies every safe fix in one edit, keeps comments, and is idempotent', () => {
    const { service, doc, findings } = setup(record);
    const actions = service.codeActions({ doc, findings, requested: [], only: [FIX_ALL_KIND] });
    assert.equal(actions.length, 1);
    const once = service.applyEdits(record, actions[0].edits);
    assert.match(once, /^# keep this comment\n/);
    assert.match(once, /minimumAge: 18 Years # lower limit\n {4}maximumAge: 70 Years\n/);
    const second = service.parse(once, 'yaml');
    assert.deepEqual(service.fixAll(second), []);
  });

  /** A single-group design with two arms: its fix needs review, so fix-all must leave it alone. */
  const SINGLE_GROUP_TWO_ARMS = lines(
    'protocolSection:',
    '  designModule:',
    '    designInfo:',
    '      interventionModel: SINGLE_GROUP',
    '  armsInterventionsModule:',
    '    armGroups:',
    '      - label: A',
    '      - label: B',
  );

  it('lists fix-all even when nothing is safe to fix, greyed out with the reason', () => {
    const text = SINGLE_GROUP_TWO_ARMS;
    const { service, doc, findings } = setup(text);
    const actions = service.codeActions({ doc, findings, requested: [], only: ['source'] });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, FIX_ALL_KIND);
    assert.deepEqual(actions[0].edits, []);
    assert.match(actions[0].disabledReason ?? '', /safe without review/);
  });

  it('fix-all leaves unsafe fixes alone', () => {
    const text = SINGLE_GROUP_TWO_ARMS;
    const { service, doc } = setup(text);
    assert.equal(service.applyEdits(text, service.fixAll(doc)).includes('interventionModel: SINGLE_GROUP'), true);
  });
});
