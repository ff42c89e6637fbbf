import rule from '../../../server/src/core/rules/results/count-exceeds-analyzed';
import { runRuleTests } from '../ruleTester';
import { BASELINE, publishedCases, withBaselineMeasure, withOutcome } from './records';

const SEX = `${BASELINE}/measures/1/classes/0/categories/0/measurements`;

runRuleTests(rule, {
  valid: [
    ...publishedCases(),
    {
      name: 'NCT03608150 counting eyes against the eyes analyzed, not the participants',
      study: withOutcome('NCT03608150', 0, (measure) => {
        Object.assign(measure, { paramType: 'COUNT_OF_UNITS', denomUnitsSelected: 'Eyes', dispersionType: undefined });
        measure.denoms.push({
          units: 'Eyes',
          counts: [
            { groupId: 'OG000', value: '94' },
            { groupId: 'OG001', value: '96' },
          ],
        });
        measure.classes[0].categories[0].measurements = [
          { groupId: 'OG000', value: '80' },
          { groupId: 'OG001', value: '90' },
        ];
      }),
    },
  ],
  invalid: [
    {
      name: 'NCT03608150 with more women than analyzed',
      study: withBaselineMeasure(
        'NCT03608150',
        1,
        (measure) => (measure.classes[0].categories[0].measurements[0].value = '70'),
      ),
      errors: [{ messageId: 'exceeds', pointer: `${SEX}/0/value` }],
    },
    {
      name: 'NCT03608150 with a negative count',
      study: withBaselineMeasure(
        'NCT03608150',
        1,
        (measure) => (measure.classes[0].categories[0].measurements[1].value = '-3'),
      ),
      errors: [{ messageId: 'invalid', pointer: `${SEX}/1/value` }],
    },
  ],
});
