import rule from '../../../server/src/core/rules/text/summary-repeats-title';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'a real summary',
      study: record({
        identificationModule: { briefTitle: 'Drug X for Diabetes' },
        descriptionModule: { briefSummary: 'This study tests whether Drug X lowers blood sugar.' },
      }),
    },
  ],
  invalid: [
    {
      name: 'summary equals the title',
      study: record({
        identificationModule: { briefTitle: 'Drug X for Diabetes' },
        descriptionModule: { briefSummary: 'Drug X for diabetes.' },
      }),
      errors: [{ messageId: 'repeats', pointer: `${P}/descriptionModule/briefSummary` }],
    },
    {
      name: 'summary equals the official title',
      study: record({
        identificationModule: { officialTitle: 'A Trial of Drug X' },
        descriptionModule: { briefSummary: 'A trial of Drug X study' },
      }),
      errors: [{ messageId: 'repeats' }],
    },
  ],
});
