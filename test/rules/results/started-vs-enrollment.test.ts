import rule from '../../../server/src/core/rules/results/started-vs-enrollment';
import { runRuleTests } from '../ruleTester';
import { FLOW, injected, publishedCases } from './records';

runRuleTests(rule, {
  valid: [
    // NCT00763412 (16 started, 31 enrolled, nothing explains it) is the one published fixture it warns about.
    ...publishedCases(['NCT00763412']),
    {
      name: 'NCT00356603 with a different enrollment that its pre-assignment details explain',
      study: injected('NCT00356603', (s) => (s.protocolSection.designModule.enrollmentInfo.count = 85)),
    },
  ],
  invalid: [
    {
      name: 'NCT00763412 as published',
      study: injected('NCT00763412', () => undefined),
      errors: [{ messageId: 'differs', pointer: `${FLOW}/periods/0/milestones/0/type` }],
    },
    {
      name: 'NCT03608150 with an enrollment the flow does not account for',
      study: injected('NCT03608150', (s) => (s.protocolSection.designModule.enrollmentInfo.count = 130)),
      errors: [{ messageId: 'differs', pointer: `${FLOW}/periods/0/milestones/0/type` }],
    },
  ],
});
