import rule from '../../../server/src/core/rules/arms/comparator-receives-experimental';
import { ARMS, arm, arms, intervention, record } from '../builders';
import { runRuleTests } from '../ruleTester';

const seedInterventions = [
  intervention('BIOLOGICAL', 'Umbilical Cord-Derived Mesenchymal Stem Cells (UC-MSCs)', 'UC-MSCs Treatment'),
  intervention('DRUG', 'Rheumatoid Arthritis With Disease-Modifying Drugs (DMARDs)', 'DMARDS'),
  intervention('BIOLOGICAL', 'UC-MSC+DMARDS', 'UC-MSC+DMARDS'),
];

runRuleTests(rule, {
  valid: [
    {
      name: 'background therapy in every arm',
      study: record(
        arms(
          [
            arm('Drug + SOC', 'EXPERIMENTAL', 'Drug: X', 'Other: SOC'),
            arm('Placebo + SOC', 'PLACEBO_COMPARATOR', 'Drug: Placebo', 'Other: SOC'),
          ],
          [intervention('DRUG', 'X'), intervention('DRUG', 'Placebo'), intervention('OTHER', 'SOC')],
        ),
      ),
    },
    {
      name: 'dose comparison of one drug',
      study: record(
        arms(
          [arm('High dose', 'EXPERIMENTAL', 'Drug: X'), arm('Low dose', 'ACTIVE_COMPARATOR', 'Drug: X')],
          [intervention('DRUG', 'X')],
        ),
      ),
    },
    {
      name: 'de-escalation: the experimental arm drops a drug of the standard regimen',
      study: record(
        arms(
          [
            arm('Dual', 'EXPERIMENTAL', 'Drug: A', 'Drug: B'),
            arm('Triple', 'ACTIVE_COMPARATOR', 'Drug: A', 'Drug: B', 'Drug: C'),
          ],
          [intervention('DRUG', 'A'), intervention('DRUG', 'B'), intervention('DRUG', 'C')],
        ),
      ),
    },
    {
      name: 'the combination arm typed Experimental',
      study: record(
        arms(
          [
            arm('UC-MSCs Treatment', 'EXPERIMENTAL'),
            arm('DMARDS', 'ACTIVE_COMPARATOR'),
            arm('UC-MSC+DMARDS', 'EXPERIMENTAL'),
          ],
          seedInterventions,
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'the seed: combination arm typed Active Comparator',
      study: record(
        arms(
          [
            arm('UC-MSCs Treatment', 'EXPERIMENTAL'),
            arm('DMARDS', 'ACTIVE_COMPARATOR'),
            arm('UC-MSC+DMARDS', 'ACTIVE_COMPARATOR'),
          ],
          seedInterventions,
        ),
      ),
      errors: [{ messageId: 'receivesStudied', pointer: `${ARMS}/armGroups/2/type` }],
      output: record(
        arms(
          [
            arm('UC-MSCs Treatment', 'EXPERIMENTAL'),
            arm('DMARDS', 'ACTIVE_COMPARATOR'),
            arm('UC-MSC+DMARDS', 'EXPERIMENTAL'),
          ],
          seedInterventions,
        ),
      ),
    },
    {
      name: 'A, B and A+B with linked interventions',
      study: record(
        arms(
          [
            arm('Cells', 'EXPERIMENTAL', 'Biological: Cells'),
            arm('Drugs', 'ACTIVE_COMPARATOR', 'Drug: MTX'),
            arm('Both', 'ACTIVE_COMPARATOR', 'Biological: Cells', 'Drug: MTX'),
          ],
          [intervention('BIOLOGICAL', 'Cells'), intervention('DRUG', 'MTX')],
        ),
      ),
      errors: [{ messageId: 'receivesStudied', pointer: `${ARMS}/armGroups/2/type` }],
    },
  ],
});
