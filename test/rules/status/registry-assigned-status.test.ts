import rule from '../../../server/src/core/rules/status/registry-assigned-status';
import { P, record, status, withStatus } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'a published record in Unknown status',
      study: record(
        { identificationModule: { nctId: 'NCT01234567' } },
        status({ overallStatus: 'UNKNOWN', lastKnownStatus: 'RECRUITING' }),
      ),
    },
    { name: 'a draft that recruits', study: withStatus('RECRUITING') },
  ],
  invalid: [
    {
      name: 'a draft in Unknown status',
      study: withStatus('UNKNOWN'),
      errors: [{ messageId: 'assigned', pointer: `${P}/statusModule/overallStatus` }],
    },
  ],
});
