import rule from '../../../server/src/core/rules/outcomes/nonspecific-title';
import { outcome, P, primaryOutcomes, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'a measure that starts with a verb-like noun',
      study: record(primaryOutcomes(outcome('Assessment of pain by VAS at 12 weeks', '12 weeks'))),
    },
    {
      name: 'a specific title',
      study: record(
        primaryOutcomes(outcome('Number of participants with treatment-emergent adverse events', '12 weeks')),
      ),
    },
    {
      name: 'generic words inside a longer title, across a line break',
      study: record(primaryOutcomes(outcome('Safety\n of drug X', '12 weeks'))),
    },
    { name: 'overall survival is a measure', study: record(primaryOutcomes(outcome('Overall survival', '5 years'))) },
    {
      name: 'a shared generic title (outcomes/duplicate-outcome reports it)',
      study: record(
        primaryOutcomes(
          outcome('Efficacy', '12 weeks', { description: 'HbA1c' }),
          outcome('Efficacy', '12 weeks', { description: 'Weight' }),
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'Safety',
      study: record(primaryOutcomes(outcome('Safety', '12 weeks'))),
      errors: [{ messageId: 'generic', pointer: `${P}/outcomesModule/primaryOutcomes/0/measure` }],
    },
    {
      name: 'a generic title with runs of whitespace, a line break and a trailing period',
      study: record(primaryOutcomes(outcome('  Safety \n and   tolerability. ', '12 weeks'))),
      errors: [{ messageId: 'generic' }],
    },
    {
      name: 'a bare instrument name',
      study: record(primaryOutcomes(outcome('SF-36', '12 weeks'))),
      errors: [{ messageId: 'generic' }],
    },
    {
      name: 'NCT05440721: "Primary Outcome Measure:" as a title',
      study: record(primaryOutcomes(outcome('Primary Outcome Measure:', '8 weeks'))),
      errors: [{ messageId: 'generic' }],
    },
    {
      name: 'NCT06350097: a title written as an objective',
      study: record(primaryOutcomes(outcome('To demonstrate the superiority of osimertinib with Dato-DXd', '3 years'))),
      errors: [{ messageId: 'objective', pointer: `${P}/outcomesModule/primaryOutcomes/0/measure` }],
    },
    {
      name: 'NCT06989008: "The primary outcome is to collect…"',
      study: record(
        primaryOutcomes(outcome('The primary outcome is to collect and analyze CGM measurements', '20 days')),
      ),
      errors: [{ messageId: 'objective' }],
    },
  ],
});
