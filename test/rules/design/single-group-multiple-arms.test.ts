import * as assert from 'node:assert/strict';
import rule from '../../../server/src/core/rules/design/single-group-multiple-arms';
import { arm, arms, interventional, observational, P, record } from '../builders';
import { check, runRuleTests } from '../ruleTester';

const three = arms([
  arm('UC-MSCs', 'EXPERIMENTAL'),
  arm('DMARDs', 'ACTIVE_COMPARATOR'),
  arm('Both', 'ACTIVE_COMPARATOR'),
]);

runRuleTests(rule, {
  valid: [
    {
      name: 'single group with one arm',
      study: record(interventional({ interventionModel: 'SINGLE_GROUP' }), arms([arm('A', 'EXPERIMENTAL')])),
    },
    { name: 'parallel with three arms', study: record(interventional({ interventionModel: 'PARALLEL' }), three) },
    { name: 'observational record (no model)', study: record(observational(), three) },
    { name: 'no arms at all', study: record(interventional({ interventionModel: 'SINGLE_GROUP' })) },
  ],
  invalid: [
    {
      name: 'the seed: single group with three arms',
      study: record(interventional({ interventionModel: 'SINGLE_GROUP' }), three),
      errors: [{ messageId: 'tooManyArms', pointer: `${P}/designModule/designInfo/interventionModel` }],
      output: record(interventional({ interventionModel: 'PARALLEL' }), three),
    },
    {
      name: 'dose-escalation parts: Sequential is offered first, none preferred (issue 11)',
      study: record(
        interventional({ interventionModel: 'SINGLE_GROUP' }),
        arms([arm('Part 1: Dose Escalation', 'EXPERIMENTAL'), arm('Part 2: Dose Expansion', 'EXPERIMENTAL')]),
      ),
      errors: [{ messageId: 'partsOrPeriods' }],
      output: record(
        interventional({ interventionModel: 'SEQUENTIAL' }),
        arms([arm('Part 1: Dose Escalation', 'EXPERIMENTAL'), arm('Part 2: Dose Expansion', 'EXPERIMENTAL')]),
      ),
    },
  ],
});

describe('design/single-group-multiple-arms fixes', () => {
  it('offers Sequential, Crossover and Parallel for arms that read like parts and periods, none preferred', () => {
    const study = record(
      interventional({ interventionModel: 'SINGLE_GROUP' }),
      arms([arm('Period 1', 'EXPERIMENTAL'), arm('Period 2 after washout (Part B)', 'EXPERIMENTAL')]),
    );
    const [finding] = check(rule, study);
    assert.deepEqual(
      finding.fixes?.map((f) => [f.title, f.isPreferred]),
      [
        ['Change the model to Sequential Assignment', false],
        ['Change the model to Crossover Assignment', false],
        ['Change the model to Parallel Assignment', false],
      ],
    );
  });
});
