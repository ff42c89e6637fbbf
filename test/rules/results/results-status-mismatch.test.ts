import rule from '../../../server/src/core/rules/results/results-status-mismatch';
import { runRuleTests } from '../ruleTester';
import { injected, publishedCases } from './records';

runRuleTests(rule, {
  valid: publishedCases(),
  invalid: [
    {
      name: 'NCT03608150 with Has Results false',
      study: injected('NCT03608150', (s) => (s.hasResults = false)),
      errors: [{ messageId: 'hasResults', pointer: '/hasResults' }],
    },
    {
      name: 'NCT03608150 marked withdrawn',
      study: injected('NCT03608150', (s) => (s.protocolSection.statusModule.overallStatus = 'WITHDRAWN')),
      errors: [{ messageId: 'status', pointer: '/protocolSection/statusModule/overallStatus' }],
    },
  ],
});
