import rule from '../../../server/src/core/rules/arms/unknown-intervention-name';
import { ARMS, arm, arms, intervention, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'registry form with the type label',
      study: record(
        arms(
          [arm('A', 'EXPERIMENTAL', 'Drug: Aspirin', 'Biological: BCG vaccine', 'Procedure: Surgery')],
          [
            intervention('DRUG', 'Aspirin'),
            intervention('BIOLOGICAL', 'BCG vaccine'),
            intervention('PROCEDURE', 'Surgery'),
          ],
        ),
      ),
    },
    {
      name: 'bare name in an authored file',
      study: record(arms([arm('A', 'EXPERIMENTAL', 'Aspirin')], [intervention('DRUG', 'Aspirin')])),
    },
    {
      name: 'a name containing a colon',
      study: record(
        arms([arm('A', 'EXPERIMENTAL', 'Other: Phase: maintenance')], [intervention('OTHER', 'Phase: maintenance')]),
      ),
    },
    {
      name: 'legacy PRS label',
      study: record(
        arms(
          [arm('A', 'EXPERIMENTAL', 'Procedure/Surgery: Knee replacement')],
          [intervention('PROCEDURE', 'Knee replacement')],
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'a typo',
      study: record(arms([arm('A', 'EXPERIMENTAL', 'Drug: Asprin')], [intervention('DRUG', 'Aspirin')])),
      errors: [{ messageId: 'unknown', pointer: `${ARMS}/armGroups/0/interventionNames/0` }],
    },
    {
      name: 'a case difference, with a fix',
      study: record(arms([arm('A', 'EXPERIMENTAL', 'Drug: aspirins')], [intervention('DRUG', 'Aspirin')])),
      errors: [{ messageId: 'unknown' }],
      output: record(arms([arm('A', 'EXPERIMENTAL', 'Aspirin')], [intervention('DRUG', 'Aspirin')])),
    },
  ],
});
