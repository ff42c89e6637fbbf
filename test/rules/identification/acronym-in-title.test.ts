import rule from '../../../server/src/core/rules/identification/acronym-in-title';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'acronym not in the title',
      study: record({ identificationModule: { briefTitle: 'Vitamin D and Falls', acronym: 'VIDAL' } }),
    },
  ],
  invalid: [
    {
      name: 'title ends with the acronym',
      study: record({ identificationModule: { briefTitle: 'Vitamin D and Falls (VIDAL)', acronym: 'VIDAL' } }),
      errors: [{ messageId: 'twice', pointer: `${P}/identificationModule/briefTitle` }],
    },
  ],
});
