import * as assert from 'node:assert/strict';
import rule from '../../../server/src/core/rules/outcomes/duplicate-outcome';
import { outcome, P, primaryOutcomes, record, secondaryOutcomes } from '../builders';
import { check, runRuleTests } from '../ruleTester';

const liverFunction = (description: string) => outcome('Liver function', '26 weeks', { description });

runRuleTests(rule, {
  valid: [
    {
      name: 'same measure at different times',
      study: record(primaryOutcomes(outcome('Pain', '12 weeks')), secondaryOutcomes(outcome('Pain', '52 weeks'))),
    },
  ],
  invalid: [
    {
      name: 'primary repeated as secondary',
      study: record(
        primaryOutcomes(outcome('Pain score', '12 weeks')),
        secondaryOutcomes(outcome('pain score', '12 Weeks')),
      ),
      errors: [{ messageId: 'duplicate', pointer: `${P}/outcomesModule/secondaryOutcomes/0/measure` }],
      output: record(primaryOutcomes(outcome('Pain score', '12 weeks')), secondaryOutcomes()),
    },
    {
      // NCT06579404: seven "Liver function" outcomes at 26 weeks, each a different laboratory test.
      name: 'a shared vague title over different descriptions is one non-specific-title finding, with no delete fix',
      study: record(
        secondaryOutcomes(
          liverFunction('Liver function as measured by FIB4 index'),
          liverFunction('Liver function as measured by alanine transaminase (ALT)'),
          liverFunction('Liver function as measured by serum bilirubin'),
        ),
      ),
      errors: [{ messageId: 'sharedTitle', pointer: `${P}/outcomesModule/secondaryOutcomes/0/measure` }],
    },
    {
      name: 'an outcome with a description and one without are not the same measure',
      study: record(
        primaryOutcomes(outcome('Efficacy', '12 weeks', { description: 'HbA1c change' })),
        secondaryOutcomes(outcome('Efficacy', '12 weeks')),
      ),
      errors: [{ messageId: 'sharedTitle', pointer: `${P}/outcomesModule/primaryOutcomes/0/measure` }],
    },
  ],
});

describe('outcomes/duplicate-outcome messages', () => {
  it('names the outcomes by kind and title, never by a 0-based index', () => {
    const study = record(
      primaryOutcomes(outcome('Pain score', '12 weeks')),
      secondaryOutcomes(outcome('Pain score', '12 weeks')),
    );
    const [finding] = check(rule, study);
    assert.match(finding.message, /secondary outcome "Pain score" .* primary outcome "Pain score"/);
    assert.equal(finding.fixes?.length, 1);
  });
});
