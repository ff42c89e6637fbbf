import { strict as assert } from 'node:assert';
import { applyTextEdits } from '../../server/src/core/edit';
import { FIX_ALL_KIND, provideCodeActions, type FindingRef } from '../../server/src/core/features/codeActions';
import { planFixAll } from '../../server/src/core/features/fixAll';
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
  const refs: FindingRef[] = findings.map(({ ruleId, pointer, span }) => ({ ruleId, pointer, span }));
  return { service, doc, findings, refs };
}

describe('code actions', () => {
  it('offers each fix of a finding as a quick fix, recomputed from the current text', () => {
    const { service, doc, findings, refs } = setup(record);
    const age = refs.filter((ref) => ref.pointer.endsWith('/minimumAge') && ref.ruleId === 'schema/format');
    assert.equal(age.length, 1);
    const actions = provideCodeActions({ service, doc, findings, requested: age });
    const fix = actions.find((action) => action.title === 'Change to 18 Years');
    assert.ok(fix, actions.map((a) => a.title).join(', '));
    assert.equal(fix.isPreferred, true);
    assert.match(applyTextEdits(record, fix.edits), /minimumAge: 18 Years # lower limit\n/);
  });

  it('offers "Fix all <rule-id> problems" when a rule has several safe fixes', () => {
    const { service, doc, findings, refs } = setup(record);
    const age = refs.filter((ref) => ref.ruleId === 'schema/format').slice(0, 1);
    const fixAll = provideCodeActions({ service, doc, findings, requested: age }).find((a) => a.title === 'Fix all schema/format problems');
    assert.ok(fixAll);
    const result = applyTextEdits(record, fixAll.edits);
    assert.match(result, /minimumAge: 18 Years # lower limit\n {4}maximumAge: 70 Years\n/);
  });

  it('offers "Disable <rule-id> for this line" above the finding line, with the reason left open', () => {
    const { service, doc, findings, refs } = setup(record);
    const age = refs.filter((ref) => ref.pointer.endsWith('/maximumAge'));
    const disable = provideCodeActions({ service, doc, findings, requested: age }).find((a) => a.title === 'Disable schema/format for this line');
    assert.ok(disable);
    const result = applyTextEdits(record, disable.edits);
    assert.match(result, /\n {4}# trial-record-disable-next-line schema\/format -- \n {4}maximumAge: 70 years\n/);
    assert.ok(!service.check(service.parse(result, 'yaml')).some((f) => f.ruleId === 'schema/format' && f.pointer.endsWith('/maximumAge')));
  });

  it('gives no fix for a diagnostic the current text no longer produces', () => {
    const { service, doc, findings } = setup(record);
    const stale: FindingRef = { ruleId: 'schema/format', pointer: '/protocolSection/eligibilityModule/sex', span: { start: 0, end: 1 } };
    const titles = provideCodeActions({ service, doc, findings, requested: [stale], only: ['quickfix'] }).map((a) => a.title);
    assert.deepEqual(titles.filter((title) => title.startsWith('Change')), []);
  });

  it('fix-all applies every safe fix in one edit, keeps comments, and is idempotent', () => {
    const { service, doc, findings } = setup(record);
    const actions = provideCodeActions({ service, doc, findings, requested: [], only: [FIX_ALL_KIND] });
    assert.equal(actions.length, 1);
    const once = applyTextEdits(record, actions[0].edits);
    assert.match(once, /^# keep this comment\n/);
    assert.match(once, /minimumAge: 18 Years # lower limit\n {4}maximumAge: 70 Years\n/);
    const second = service.parse(once, 'yaml');
    assert.deepEqual(planFixAll({ service, doc: second }), []);
  });

  it('fix-all leaves unsafe fixes alone', () => {
    const text = lines('protocolSection:', '  designModule:', '    designInfo:', '      interventionModel: SINGLE_GROUP', '  armsInterventionsModule:', '    armGroups:', '      - label: A', '      - label: B');
    const { service, doc } = setup(text);
    assert.equal(applyTextEdits(text, planFixAll({ service, doc })).includes('interventionModel: SINGLE_GROUP'), true);
  });
});
