import rule from '../../../server/src/core/rules/design/biospec-description-without-specimens';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'retained and described',
      study: record({ designModule: { bioSpec: { retention: 'SAMPLES_WITH_DNA', description: 'Whole blood' } } }),
    },
  ],
  invalid: [
    {
      name: 'none retained but described',
      study: record({ designModule: { bioSpec: { retention: 'NONE_RETAINED', description: 'Whole blood' } } }),
      errors: [{ messageId: 'orphan', pointer: `${P}/designModule/bioSpec/description` }],
    },
  ],
});
