import rule from '../../../server/src/core/rules/status/results-overdue';
import { date, GERMAN_SITE, locations, P, record, status, US_SITE } from '../builders';
import { runRuleTests } from '../ruleTester';

/**
 * A completed phase 3 trial of an FDA-regulated drug at a U.S. site whose primary completion (2021-03-31, Actual) is
 * more than a year ago: its results are due. `parts` change one fact of it.
 */
const dueForResults = (...parts: Record<string, unknown>[]) =>
  record(
    { designModule: { studyType: 'INTERVENTIONAL', phases: ['PHASE3'] } },
    { oversightModule: { isFdaRegulatedDrug: true } },
    status({ overallStatus: 'COMPLETED', primaryCompletionDateStruct: date('2021-03-31') }),
    locations(US_SITE),
    ...parts,
  );

runRuleTests(rule, {
  valid: [
    { name: 'results posted', study: { ...dueForResults(), hasResults: true } },
    { name: 'phase 1 only', study: dueForResults({ designModule: { phases: ['PHASE1'] } }) },
    {
      name: 'primary completion 6 months ago',
      study: dueForResults(status({ primaryCompletionDateStruct: date('2025-01-15') })),
    },
    { name: 'a certified delay', study: dueForResults(status({ dispFirstSubmitDate: '2022-03-01' })) },
    { name: 'no U.S. site', study: dueForResults(locations(GERMAN_SITE)) },
    {
      name: 'estimated primary completion',
      study: dueForResults(status({ primaryCompletionDateStruct: date('2021-03-31', 'ESTIMATED') })),
    },
  ],
  invalid: [
    {
      name: 'phase 3 drug trial at a U.S. site, completed 4 years ago, no results',
      study: dueForResults(),
      errors: [{ messageId: 'overdue', pointer: `${P}/statusModule/primaryCompletionDateStruct/date` }],
    },
  ],
});
