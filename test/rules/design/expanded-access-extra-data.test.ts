import rule from '../../../server/src/core/rules/design/expanded-access-extra-data';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'an expanded-access record',
      study: record({ designModule: { studyType: 'EXPANDED_ACCESS', expandedAccessTypes: { individual: true } } }),
    },
    {
      name: 'an interventional record with enrollment',
      study: record({ designModule: { studyType: 'INTERVENTIONAL', enrollmentInfo: { count: 10 } } }),
    },
  ],
  invalid: [
    {
      name: 'expanded access with enrollment',
      study: record({ designModule: { studyType: 'EXPANDED_ACCESS', enrollmentInfo: { count: 10 } } }),
      errors: [{ messageId: 'extra', pointer: `${P}/designModule/enrollmentInfo` }],
    },
  ],
});
