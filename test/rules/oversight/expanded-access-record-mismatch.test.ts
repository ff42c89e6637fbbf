import rule from '../../../server/src/core/rules/oversight/expanded-access-record-mismatch';
import { P, record, status } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'available with its record',
      study: record(status({ expandedAccessInfo: { hasExpandedAccess: true, nctId: 'NCT01234567' } })),
    },
  ],
  invalid: [
    {
      name: 'a record number with No',
      study: record(status({ expandedAccessInfo: { hasExpandedAccess: false, nctId: 'NCT01234567' } })),
      errors: [{ messageId: 'orphanNct', pointer: `${P}/statusModule/expandedAccessInfo/nctId` }],
    },
  ],
});
