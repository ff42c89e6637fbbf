import rule from '../../../server/src/core/rules/arms/combined-intervention-duplicate';
import { ARMS, arms, intervention, record } from '../builders';
import { runRuleTests } from '../ruleTester';

const cells = {
  ...intervention('BIOLOGICAL', 'Umbilical Cord-Derived Mesenchymal Stem Cells (UC-MSCs)'),
  description: '-The UC-MSCs will be infused intravenously(single dose, 4x10^7 cells).',
};
const drugs = {
  ...intervention('DRUG', 'Rheumatoid Arthritis With Disease-Modifying Drugs (DMARDs)'),
  description: '-Patients will be treated by conventional drugs (DMARDS) for alleviating disease.',
};

runRuleTests(rule, {
  valid: [
    { name: 'separate interventions only', study: record(arms([], [cells, drugs])) },
    {
      name: 'a name with "and" that names nothing listed',
      study: record(arms([], [intervention('BEHAVIORAL', 'Diet and exercise'), intervention('DRUG', 'Metformin')])),
    },
    {
      name: 'a fixed-dose combination whose parts are not listed',
      study: record(arms([], [intervention('DRUG', 'Amlodipine/Valsartan'), intervention('DRUG', 'Placebo')])),
    },
  ],
  invalid: [
    {
      name: 'the seed: UC-MSC+DMARDS',
      study: record(
        arms(
          [],
          [
            cells,
            drugs,
            {
              ...intervention('BIOLOGICAL', 'UC-MSC+DMARDS'),
              description: 'The UC-MSCs will be infused intravenously(single dose, 4x10^7 cells).Meanwhile, drugs.',
            },
          ],
        ),
      ),
      errors: [{ messageId: 'combination', pointer: `${ARMS}/interventions/2/name` }],
    },
    {
      name: 'A plus B',
      study: record(
        arms(
          [],
          [
            intervention('DRUG', 'Aspirin'),
            intervention('DRUG', 'Clopidogrel'),
            intervention('DRUG', 'Aspirin plus clopidogrel'),
          ],
        ),
      ),
      errors: [{ messageId: 'combination' }],
    },
    {
      name: 'a combination whose description copies another',
      study: record(
        arms(
          [],
          [
            cells,
            {
              ...intervention('BIOLOGICAL', 'Cells with standard care'),
              description:
                'The UC-MSCs will be infused intravenously(single dose, 4x10^7 cells). Standard care continues.',
            },
          ],
        ),
      ),
      errors: [{ messageId: 'copiedDescription', pointer: `${ARMS}/interventions/1/description` }],
    },
  ],
});
