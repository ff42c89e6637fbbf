import rule from '../../../server/src/core/rules/design/single-group-multiple-arms';
import { arm, arms, interventional, observational, P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

const three = arms([arm('UC-MSCs', 'EXPERIMENTAL'), arm('DMARDs', 'ACTIVE_COMPARATOR'), arm('Both', 'ACTIVE_COMPARATOR')]);

runRuleTests(rule, {
  valid: [
    { name: 'single group with one arm', study: record(interventional({ interventionModel: 'SINGLE_GROUP' }), arms([arm('A', 'EXPERIMENTAL')])) },
    { name: 'parallel with three arms', study: record(interventional({ interventionModel: 'PARALLEL' }), three) },
    { name: 'observational record (no model)', study: record(observational(), three) },
    { name: 'no arms at all', study: record(interventional({ interventionModel: 'SINGLE_GROUP' })) },
  ],
  invalid: [
    {
      name: 'the seed: single group with three arms',
      study: record(interventional({ interventionModel: 'SINGLE_GROUP' }), three),
      errors: [{ messageId: 'tooManyArms', pointer: `${P}/designModule/designInfo/interventionModel` }],
      output: record(interventional({ interventionModel: 'PARALLEL' }), three),
    },
  ],
});
