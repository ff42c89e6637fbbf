import * as assert from 'node:assert/strict';
import rule from '../../../server/src/core/rules/arms/duplicate-intervention-name';
import { ARMS, arms, intervention, record } from '../builders';
import { check, runRuleTests } from '../ruleTester';

const described = (name: string, description: string, ...labels: string[]) => ({
  ...intervention('DRUG', name, ...labels),
  description,
});

runRuleTests(rule, {
  valid: [
    {
      name: 'distinct names',
      study: record(arms([], [intervention('DRUG', 'Aspirin'), intervention('DRUG', 'Placebo')])),
    },
    {
      name: 'same name, different types',
      study: record(arms([], [intervention('DRUG', 'Vitamin D'), intervention('DIETARY_SUPPLEMENT', 'Vitamin D')])),
    },
  ],
  invalid: [
    {
      name: 'same type and name',
      study: record(arms([], [intervention('DRUG', 'Aspirin', 'A'), intervention('DRUG', 'aspirin', 'B')])),
      errors: [{ messageId: 'sameEntry', pointer: `${ARMS}/interventions/1/name` }],
    },
    {
      // NCT02227251: "Selinexor" three times, one per dose.
      name: 'three entries with different doses: one finding asking for telling names',
      study: record(
        arms(
          [],
          [
            described('Selinexor', '60 mg BIW', 'Part 1'),
            described('Selinexor', '40 mg BIW', 'Part 2 A'),
            described('Selinexor', '60 mg QW', 'Part 2 B'),
          ],
        ),
      ),
      errors: [{ messageId: 'differentEntries', pointer: `${ARMS}/interventions/1/name` }],
    },
    {
      name: 'one of the two is the placebo version: rename, do not merge',
      study: record(
        arms(
          [],
          [
            described('TS-142', 'TS-142 10 mg tablet', 'Active'),
            described('TS-142', 'Matching placebo tablet', 'Control'),
          ],
        ),
      ),
      errors: [{ messageId: 'placeboVersion' }],
    },
  ],
});

describe('arms/duplicate-intervention-name messages', () => {
  it('names the arms, not 0-based positions, and never advises merging a placebo', () => {
    const study = record(
      arms([], [described('TS-142', 'TS-142 10 mg', 'Active'), described('TS-142', 'Matching placebo', 'Control')]),
    );
    const [finding] = check(rule, study);
    assert.match(finding.message, /arms "Active", "Control"/);
    assert.match(finding.message, /Rename the placebo one/);
    assert.doesNotMatch(finding.message, /list it once/i);
  });
});
