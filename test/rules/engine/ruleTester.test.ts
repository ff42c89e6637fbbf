import * as assert from 'node:assert/strict';
import type { FixOperation } from '../../../server/src/core/types';
import { applyFix } from '../ruleTester';

// The rule tester applies fixes through the edit layer that quick fixes use, in both formats;
// every operation kind a rule may return must come out as the JSON-Patch result.
const study = {
  protocolSection: {
    designModule: { phases: ['PHASE1'], studyType: 'INTERVENTIONAL', designInfo: { allocation: 'NA' } },
  },
};
const DESIGN = '/protocolSection/designModule';

const cases: { name: string; operations: FixOperation[]; expected: unknown }[] = [
  {
    name: 'replace',
    operations: [{ op: 'replace', path: `${DESIGN}/designInfo/allocation`, value: 'RANDOMIZED' }],
    expected: { phases: ['PHASE1'], studyType: 'INTERVENTIONAL', designInfo: { allocation: 'RANDOMIZED' } },
  },
  {
    name: 'add a key and an item',
    operations: [
      { op: 'add', path: `${DESIGN}/designInfo/interventionModel`, value: 'SINGLE_GROUP' },
      { op: 'add', path: `${DESIGN}/phases/-`, value: 'PHASE2' },
    ],
    expected: {
      phases: ['PHASE1', 'PHASE2'],
      studyType: 'INTERVENTIONAL',
      designInfo: { allocation: 'NA', interventionModel: 'SINGLE_GROUP' },
    },
  },
  {
    name: 'remove',
    operations: [{ op: 'remove', path: `${DESIGN}/phases` }],
    expected: { studyType: 'INTERVENTIONAL', designInfo: { allocation: 'NA' } },
  },
  {
    name: 'move (rename a key)',
    operations: [{ op: 'move', from: `${DESIGN}/phases`, path: `${DESIGN}/phase` }],
    expected: { phase: ['PHASE1'], studyType: 'INTERVENTIONAL', designInfo: { allocation: 'NA' } },
  },
];

describe('rule tester: fixes go through the real edit layer', () => {
  for (const { name, operations, expected } of cases) {
    for (const format of ['json', 'yaml'] as const) {
      it(`applies ${name} to ${format}`, () => {
        const fixed = applyFix(study, { title: name, safe: true, operations }, format) as {
          protocolSection: { designModule: unknown };
        };
        assert.deepEqual(fixed.protocolSection.designModule, expected);
      });
    }
  }

  it('fails a fix that cannot be planned, naming it', () => {
    assert.throws(
      () =>
        applyFix(study, { title: 'Remove nothing', safe: true, operations: [{ op: 'remove', path: '/nope' }] }, 'json'),
      /Remove nothing/,
    );
  });
});
