import rule from '../../../server/src/core/rules/results/count-exceeds-analyzed';
import { runRuleTests } from '../ruleTester';
import { BASELINE, injected, publishedCases } from './records';

const SEX = `${BASELINE}/measures/1/classes/0/categories/0/measurements`;

runRuleTests(rule, {
  valid: [
    ...publishedCases(),
    {
      name: 'NCT03608150 counting eyes against the eyes analyzed, not the participants',
      study: injected('NCT03608150', (s) => {
        const measure = s.resultsSection.outcomeMeasuresModule.outcomeMeasures[0];
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
      study: injected(
        'NCT03608150',
        (s) =>
          (s.resultsSection.baselineCharacteristicsModule.measures[1].classes[0].categories[0].measurements[0].value =
            '70'),
      ),
      errors: [{ messageId: 'exceeds', pointer: `${SEX}/0/value` }],
    },
    {
      name: 'NCT03608150 with a negative count',
      study: injected(
        'NCT03608150',
        (s) =>
          (s.resultsSection.baselineCharacteristicsModule.measures[1].classes[0].categories[0].measurements[1].value =
            '-3'),
      ),
      errors: [{ messageId: 'invalid', pointer: `${SEX}/1/value` }],
    },
  ],
});
