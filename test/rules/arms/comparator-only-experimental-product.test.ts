import rule from '../../../server/src/core/rules/arms/comparator-only-experimental-product';
import { arm, ARMS, arms, intervention, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'standard of care listed for the comparator',
      study: record(
        arms(
          [
            arm('Drug X + SOC', 'EXPERIMENTAL', 'Drug: Drug X', 'Other: SOC'),
            arm('SOC', 'ACTIVE_COMPARATOR', 'Other: SOC'),
          ],
          [intervention('DRUG', 'Drug X', 'Drug X + SOC'), intervention('OTHER', 'SOC', 'Drug X + SOC', 'SOC')],
        ),
      ),
    },
    {
      name: 'two doses of one drug',
      study: record(
        arms(
          [
            { ...arm('Drug X 10 mg', 'EXPERIMENTAL', 'Drug: Drug X'), description: '10 mg daily' },
            { ...arm('Drug X 5 mg', 'ACTIVE_COMPARATOR', 'Drug: Drug X'), description: '5 mg daily' },
          ],
          [intervention('DRUG', 'Drug X', 'Drug X 10 mg', 'Drug X 5 mg')],
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'NCT03633708: the control arm linked only to the experimental drug',
      study: record(
        arms(
          [
            arm('Etelcalcetide', 'EXPERIMENTAL', 'Drug: Etelcalcetide'),
            { ...arm('Control', 'ACTIVE_COMPARATOR', 'Drug: Etelcalcetide'), description: 'Standard of care alone' },
          ],
          [intervention('DRUG', 'Etelcalcetide', 'Etelcalcetide', 'Control')],
        ),
      ),
      errors: [{ messageId: 'sameAsExperimental', pointer: `${ARMS}/armGroups/1/type` }],
    },
  ],
});
