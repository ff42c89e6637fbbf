import rule from '../../../server/src/core/rules/ipd/details-without-sharing';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'Yes with details',
      study: record({ ipdSharingStatementModule: { ipdSharing: 'YES', description: 'Data', timeFrame: '6 months' } }),
    },
    {
      name: 'No with a description',
      study: record({ ipdSharingStatementModule: { ipdSharing: 'NO', description: 'No plan to share.' } }),
    },
  ],
  invalid: [
    {
      name: 'No with a time frame',
      study: record({ ipdSharingStatementModule: { ipdSharing: 'NO', timeFrame: '6 months after publication' } }),
      errors: [{ messageId: 'details', pointer: `${P}/ipdSharingStatementModule/timeFrame` }],
    },
    {
      name: 'a description without a plan',
      study: record({ ipdSharingStatementModule: { description: 'We may share.' } }),
      errors: [{ messageId: 'noPlan', pointer: `${P}/ipdSharingStatementModule/description` }],
    },
  ],
});
