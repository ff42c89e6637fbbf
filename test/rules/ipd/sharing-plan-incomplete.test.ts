import rule from '../../../server/src/core/rules/ipd/sharing-plan-incomplete';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'complete plan',
      study: record({
        ipdSharingStatementModule: {
          ipdSharing: 'YES',
          description: 'Data',
          timeFrame: '6 months',
          accessCriteria: 'On request',
        },
      }),
    },
    {
      name: 'No plan',
      study: record({ ipdSharingStatementModule: { ipdSharing: 'NO' } }),
    },
  ],
  invalid: [
    {
      name: 'Yes with a description only',
      study: record({ ipdSharingStatementModule: { ipdSharing: 'YES', description: 'De-identified data' } }),
      errors: [{ messageId: 'incomplete', pointer: `${P}/ipdSharingStatementModule/ipdSharing` }],
    },
  ],
});
