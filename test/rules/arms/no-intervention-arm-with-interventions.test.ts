import rule from '../../../server/src/core/rules/arms/no-intervention-arm-with-interventions';
import { ARMS, arm, arms, intervention, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'no-intervention arm without links',
      study: record(
        arms(
          [arm('Control', 'NO_INTERVENTION'), arm('Diet', 'EXPERIMENTAL', 'Behavioral: Diet')],
          [intervention('BEHAVIORAL', 'Diet', 'Diet')],
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'linked by the arm',
      study: record(
        arms([arm('Control', 'NO_INTERVENTION', 'Behavioral: Diet')], [intervention('BEHAVIORAL', 'Diet')]),
      ),
      errors: [{ messageId: 'receives', pointer: `${ARMS}/armGroups/0/type` }],
      output: record(arms([arm('Control', 'OTHER', 'Behavioral: Diet')], [intervention('BEHAVIORAL', 'Diet')])),
    },
    {
      name: 'linked by the intervention',
      study: record(
        arms(
          [arm('Diet', 'EXPERIMENTAL'), arm('Control', 'NO_INTERVENTION')],
          [intervention('BEHAVIORAL', 'Diet', 'Diet', 'Control')],
        ),
      ),
      errors: [{ messageId: 'receives', pointer: `${ARMS}/armGroups/1/type` }],
    },
  ],
});
