import rule from '../../../server/src/core/rules/design/randomized-single-arm';
import { arm, arms, interventional, P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

const one = arms([arm('A', 'EXPERIMENTAL')]);

runRuleTests(rule, {
  valid: [
    {
      name: 'randomized with two arms',
      study: record(
        interventional({ allocation: 'RANDOMIZED' }),
        arms([arm('A', 'EXPERIMENTAL'), arm('B', 'PLACEBO_COMPARATOR')]),
      ),
    },
    { name: 'N/A with one arm', study: record(interventional({ allocation: 'NA' }), one) },
    {
      name: 'NCT05254535: a cluster-randomized stepped-wedge design with one arm',
      study: record(
        interventional({
          allocation: 'RANDOMIZED',
          interventionModelDescription:
            'Cluster-randomized trial with a stepped-wedge initiation of the intervention at each site',
        }),
        one,
      ),
    },
    {
      name: 'randomized without arms (reported elsewhere)',
      study: record(interventional({ allocation: 'RANDOMIZED' })),
    },
  ],
  invalid: [
    {
      name: 'randomized with one arm',
      study: record(interventional({ allocation: 'RANDOMIZED' }), one),
      errors: [{ messageId: 'oneArm', pointer: `${P}/designModule/designInfo/allocation` }],
      output: record(interventional({ allocation: 'NA' }), one),
    },
  ],
});
