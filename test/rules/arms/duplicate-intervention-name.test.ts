import rule from '../../../server/src/core/rules/arms/duplicate-intervention-name';
import { ARMS, arms, intervention, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    { name: 'distinct names', study: record(arms([], [intervention('DRUG', 'Aspirin'), intervention('DRUG', 'Placebo')])) },
    { name: 'same name, different types', study: record(arms([], [intervention('DRUG', 'Vitamin D'), intervention('DIETARY_SUPPLEMENT', 'Vitamin D')])) },
  ],
  invalid: [{ name: 'same type and name', study: record(arms([], [intervention('DRUG', 'Aspirin', 'A'), intervention('DRUG', 'aspirin', 'B')])), errors: [{ messageId: 'duplicate', pointer: `${ARMS}/interventions/1/name` }] }],
});
