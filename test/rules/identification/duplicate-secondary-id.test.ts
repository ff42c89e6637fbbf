import rule from '../../../server/src/core/rules/identification/duplicate-secondary-id';
import { P, record, secondaryIds } from '../builders';
import { runRuleTests } from '../ruleTester';

const EUDRACT = { id: '2019-001234-56', type: 'EUDRACT_NUMBER' };

runRuleTests(rule, {
  valid: [
    {
      name: 'same id, different domains',
      study: record(
        secondaryIds(
          { id: 'A081801', type: 'OTHER', domain: 'CTEP' },
          { id: 'A081801', type: 'OTHER', domain: 'Alliance' },
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'the same id twice',
      study: record(secondaryIds(EUDRACT, EUDRACT)),
      errors: [{ messageId: 'duplicate', pointer: `${P}/identificationModule/secondaryIdInfos/1/id` }],
    },
  ],
});
