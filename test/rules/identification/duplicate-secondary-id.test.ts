import rule from '../../../server/src/core/rules/identification/duplicate-secondary-id';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'same id, different domains',
      study: record({
        identificationModule: {
          secondaryIdInfos: [
            { id: 'A081801', type: 'OTHER', domain: 'CTEP' },
            { id: 'A081801', type: 'OTHER', domain: 'Alliance' },
          ],
        },
      }),
    },
  ],
  invalid: [
    {
      name: 'the same id twice',
      study: record({
        identificationModule: {
          secondaryIdInfos: [
            { id: '2019-001234-56', type: 'EUDRACT_NUMBER' },
            { id: '2019-001234-56', type: 'EUDRACT_NUMBER' },
          ],
        },
      }),
      errors: [{ messageId: 'duplicate', pointer: `${P}/identificationModule/secondaryIdInfos/1/id` }],
    },
  ],
});
