import rule from '../../../server/src/core/rules/arms/final-rule-without-arms';
import { arm, ARMS, arms, date, intervention, interventional, observational, record, status } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'with arms',
      study: record(
        interventional(),
        status({ startDateStruct: date('2021-04-01') }),
        arms([arm('A', 'EXPERIMENTAL')]),
      ),
    },
    {
      name: 'started before the Final Rule',
      study: record(
        interventional(),
        status({ startDateStruct: date('2012-04-01') }),
        arms([], [intervention('DRUG', 'X')]),
      ),
    },
    {
      name: 'observational without groups',
      study: record(
        observational(),
        status({ startDateStruct: date('2021-04-01') }),
        arms([], [intervention('DRUG', 'X')]),
      ),
    },
  ],
  invalid: [
    {
      name: 'Final Rule interventional record with interventions and no arms',
      study: record(
        interventional(),
        status({ startDateStruct: date('2021-04-01') }),
        arms([], [intervention('DRUG', 'X')]),
      ),
      errors: [{ messageId: 'noArms', pointer: `${ARMS}/armGroups` }],
    },
  ],
});
