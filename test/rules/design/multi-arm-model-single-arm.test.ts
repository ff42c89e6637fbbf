import rule from '../../../server/src/core/rules/design/multi-arm-model-single-arm';
import { arm, arms, interventional, P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

const one = arms([arm('A', 'EXPERIMENTAL')]);
const two = arms([arm('A', 'EXPERIMENTAL'), arm('B', 'PLACEBO_COMPARATOR')]);

runRuleTests(rule, {
  valid: [
    { name: 'parallel with two arms', study: record(interventional({ interventionModel: 'PARALLEL' }), two) },
    { name: 'single group with one arm', study: record(interventional({ interventionModel: 'SINGLE_GROUP' }), one) },
    {
      name: 'sequential with one arm (dose escalation)',
      study: record(interventional({ interventionModel: 'SEQUENTIAL' }), one),
    },
  ],
  invalid: [
    {
      name: 'parallel with one arm',
      study: record(interventional({ interventionModel: 'PARALLEL' }), one),
      errors: [{ messageId: 'oneArm', pointer: `${P}/designModule/designInfo/interventionModel` }],
    },
    {
      name: 'crossover with one arm',
      study: record(interventional({ interventionModel: 'CROSSOVER' }), one),
      errors: [{ messageId: 'oneArm' }],
      output: record(interventional({ interventionModel: 'SINGLE_GROUP' }), one),
    },
  ],
});
