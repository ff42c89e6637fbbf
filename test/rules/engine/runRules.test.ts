import * as assert from 'node:assert/strict';
import { formatMessage, runRules } from '../../../server/src/core/engine';
import { MAX_FINDINGS_PER_RULE } from '../../../server/src/core/engine/runRules';
import { testRule } from '../testRule';
import singleGroup from '../../../server/src/core/rules/design/single-group-multiple-arms';
import { arm, arms, interventional, record } from '../builders';

const study = record(
  interventional({ interventionModel: 'SINGLE_GROUP' }),
  arms([arm('A', 'EXPERIMENTAL'), arm('B', 'EXPERIMENTAL')]),
);
const base = { today: '2025-06-15' };

const throwing = testRule('test/throws', { never: 'never' }, () => {
  throw new Error('boom');
});

const flooding = testRule('test/floods', { entry: 'Entry {n}.' }, (context) => {
  for (let n = 0; n < 1234; n++) context.report({ messageId: 'entry', pointer: `/list/${n}`, data: { n } });
});

describe('engine/runRules', () => {
  it('lists at most MAX_FINDINGS_PER_RULE findings of one rule and counts the rest in one more', () => {
    const findings = runRules(study, { ...base, rules: [flooding, singleGroup] });
    const flooded = findings.filter((finding) => finding.ruleId === 'test/floods');
    assert.equal(flooded.length, MAX_FINDINGS_PER_RULE + 1);
    const summary = flooded[flooded.length - 1];
    assert.equal(
      summary.message.startsWith(`${(1234 - MAX_FINDINGS_PER_RULE).toLocaleString('en-US')} more findings`),
      true,
    );
    assert.equal(summary.pointer, `/list/${MAX_FINDINGS_PER_RULE - 1}`);
    assert.equal(
      findings.filter((finding) => finding.ruleId === singleGroup.id).length,
      1,
      'the other rules still run',
    );
  });

  it('formats the message and keeps the message id and data', () => {
    const [finding] = runRules(study, { ...base, rules: [singleGroup] });
    assert.equal(
      finding.message,
      'Single-group model, but 2 arms are listed. Change the model to Parallel Assignment or keep one arm.',
    );
    assert.deepEqual(finding.data, { messageId: 'tooManyArms', count: 2 });
  });

  it('skips a rule the overrides turn off', () => {
    assert.equal(
      runRules(study, { ...base, rules: [singleGroup], severities: { [singleGroup.id]: 'error' } }).length,
      1,
    );
    assert.deepEqual(runRules(study, { ...base, rules: [singleGroup], severities: { [singleGroup.id]: 'off' } }), []);
  });

  it('logs a throwing rule and goes on', () => {
    const errors: string[] = [];
    const findings = runRules(study, {
      ...base,
      rules: [throwing, singleGroup],
      logger: { error: (m) => errors.push(m) },
    });
    assert.equal(findings.length, 1);
    assert.match(errors[0], /test\/throws failed: .*boom/);
  });

  it('stops between rules when cancelled', () => {
    assert.deepEqual(runRules(study, { ...base, isCancelled: () => true }), []);
  });

  it('returns nothing for a value that is not an object', () => {
    assert.deepEqual(runRules([1, 2], base), []);
    assert.deepEqual(runRules(null, base), []);
  });

  it('runs the whole pack on odd input without throwing', () => {
    const errors: string[] = [];
    const odd = {
      protocolSection: {
        designModule: 'x',
        armsInterventionsModule: { armGroups: [null, 3, { label: 7, interventionNames: 'x' }], interventions: 'no' },
        statusModule: [],
      },
    };
    runRules(odd, { ...base, logger: { error: (m) => errors.push(m) } });
    assert.deepEqual(errors, []);
  });

  it('leaves unknown placeholders alone', () => assert.equal(formatMessage('{a} and {b}', { a: 1 }), '1 and {b}'));
});
