import rule from '../../../server/src/core/rules/outcomes/nonspecific-title';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'a measure that starts with a verb-like noun',
      study: record({
        outcomesModule: {
          primaryOutcomes: [{ measure: 'Assessment of pain by VAS at 12 weeks', timeFrame: '12 weeks' }],
        },
      }),
    },
    {
      name: 'a specific title',
      study: record({
        outcomesModule: {
          primaryOutcomes: [
            { measure: 'Number of participants with treatment-emergent adverse events', timeFrame: '12 weeks' },
          ],
        },
      }),
    },
    {
      name: 'overall survival is a measure',
      study: record({ outcomesModule: { primaryOutcomes: [{ measure: 'Overall survival', timeFrame: '5 years' }] } }),
    },
    {
      name: 'a shared generic title (outcomes/duplicate-outcome reports it)',
      study: record({
        outcomesModule: {
          primaryOutcomes: [
            { measure: 'Efficacy', timeFrame: '12 weeks', description: 'HbA1c' },
            { measure: 'Efficacy', timeFrame: '12 weeks', description: 'Weight' },
          ],
        },
      }),
    },
  ],
  invalid: [
    {
      name: 'Safety',
      study: record({ outcomesModule: { primaryOutcomes: [{ measure: 'Safety', timeFrame: '12 weeks' }] } }),
      errors: [{ messageId: 'generic', pointer: `${P}/outcomesModule/primaryOutcomes/0/measure` }],
    },
    {
      name: 'a bare instrument name',
      study: record({ outcomesModule: { primaryOutcomes: [{ measure: 'SF-36', timeFrame: '12 weeks' }] } }),
      errors: [{ messageId: 'generic' }],
    },
    {
      name: 'NCT05440721: "Primary Outcome Measure:" as a title',
      study: record({
        outcomesModule: { primaryOutcomes: [{ measure: 'Primary Outcome Measure:', timeFrame: '8 weeks' }] },
      }),
      errors: [{ messageId: 'generic' }],
    },
    {
      name: 'NCT06350097: a title written as an objective',
      study: record({
        outcomesModule: {
          primaryOutcomes: [
            { measure: 'To demonstrate the superiority of osimertinib with Dato-DXd', timeFrame: '3 years' },
          ],
        },
      }),
      errors: [{ messageId: 'objective', pointer: `${P}/outcomesModule/primaryOutcomes/0/measure` }],
    },
    {
      name: 'NCT06989008: "The primary outcome is to collect…"',
      study: record({
        outcomesModule: {
          primaryOutcomes: [
            { measure: 'The primary outcome is to collect and analyze CGM measurements', timeFrame: '20 days' },
          ],
        },
      }),
      errors: [{ messageId: 'objective' }],
    },
  ],
});
