import rule from '../../../server/src/core/rules/design/single-arm-allocation';
import { arm, arms, interventional, P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

const one = arms([arm('A', 'EXPERIMENTAL')]);

runRuleTests(rule, {
  valid: [
    { name: 'N/A with one arm', study: record(interventional({ allocation: 'NA' }), one) },
    {
      name: 'non-randomized with two arms',
      study: record(
        interventional({ allocation: 'NON_RANDOMIZED' }),
        arms([arm('A', 'EXPERIMENTAL'), arm('B', 'EXPERIMENTAL')]),
      ),
    },
    {
      name: 'randomized with one arm (another rule)',
      study: record(interventional({ allocation: 'RANDOMIZED' }), one),
    },
  ],
  invalid: [
    {
      name: 'non-randomized with one arm',
      study: record(interventional({ allocation: 'NON_RANDOMIZED' }), one),
      errors: [{ messageId: 'notNa', pointer: `${P}/designModule/designInfo/allocation` }],
      output: record(interventional({ allocation: 'NA' }), one),
    },
  ],
});
