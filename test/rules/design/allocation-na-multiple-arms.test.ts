import rule from '../../../server/src/core/rules/design/allocation-na-multiple-arms';
import { arm, arms, interventional, P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

const two = arms([arm('Low', 'EXPERIMENTAL'), arm('High', 'EXPERIMENTAL')]);

runRuleTests(rule, {
  valid: [
    { name: 'N/A with one arm', study: record(interventional({ allocation: 'NA' }), arms([arm('A', 'EXPERIMENTAL')])) },
    { name: 'non-randomized with two arms', study: record(interventional({ allocation: 'NON_RANDOMIZED' }), two) },
  ],
  invalid: [
    {
      name: 'N/A with two arms',
      study: record(interventional({ allocation: 'NA' }), two),
      errors: [{ messageId: 'severalArms', pointer: `${P}/designModule/designInfo/allocation` }],
    },
  ],
});
