import rule from '../../../server/src/core/rules/text/brief-title-same-as-official';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'different titles',
      study: record({
        identificationModule: {
          briefTitle: 'Drug X for Diabetes',
          officialTitle: 'A Randomized Trial of Drug X in Adults With Type 2 Diabetes',
        },
      }),
    },
  ],
  invalid: [
    {
      name: 'same apart from case',
      study: record({
        identificationModule: { briefTitle: 'Drug X in Diabetes', officialTitle: 'drug x in diabetes' },
      }),
      errors: [{ messageId: 'same', pointer: `${P}/identificationModule/briefTitle` }],
    },
  ],
});
