import rule from '../../../server/src/core/rules/identification/eu-trial-number-format';
import { P, record, secondaryIds } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    { name: 'EudraCT', study: record(secondaryIds({ id: '2012-002370-30', type: 'EUDRACT_NUMBER' })) },
    { name: 'EU CT', study: record(secondaryIds({ id: '2023-503456-12-00', type: 'CTIS' })) },
  ],
  invalid: [
    {
      name: 'EudraCT with a digit missing',
      study: record(secondaryIds({ id: '2019-01234-56', type: 'EUDRACT_NUMBER' })),
      errors: [{ messageId: 'badFormat', pointer: `${P}/identificationModule/secondaryIdInfos/0/id` }],
    },
  ],
});
