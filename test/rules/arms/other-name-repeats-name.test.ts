import rule from '../../../server/src/core/rules/arms/other-name-repeats-name';
import { arms, ARMS, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'distinct other names',
      study: record(arms([], [{ type: 'DRUG', name: 'Metformin', otherNames: ['Glucophage'] }])),
    },
  ],
  invalid: [
    {
      name: 'the name again',
      study: record(arms([], [{ type: 'DRUG', name: 'Metformin', otherNames: ['metformin', 'Glucophage'] }])),
      errors: [{ messageId: 'repeat', pointer: `${ARMS}/interventions/0/otherNames/0` }],
    },
  ],
});
