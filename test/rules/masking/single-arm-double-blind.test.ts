import rule from '../../../server/src/core/rules/masking/single-arm-double-blind';
import { arm, arms, intervention, interventional, P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'assessor masking in a single arm',
      study: record(
        interventional({ maskingInfo: { masking: 'DOUBLE', whoMasked: ['CARE_PROVIDER', 'OUTCOMES_ASSESSOR'] } }),
        arms([arm('Drug X', 'EXPERIMENTAL')], [intervention('DRUG', 'Drug X')]),
      ),
    },
    {
      name: 'two arms',
      study: record(
        interventional({ maskingInfo: { masking: 'DOUBLE', whoMasked: ['PARTICIPANT', 'INVESTIGATOR'] } }),
        arms([arm('A', 'EXPERIMENTAL'), arm('B', 'ACTIVE_COMPARATOR')], [intervention('DRUG', 'Drug X')]),
      ),
    },
    {
      name: 'a single arm with a placebo run-in',
      study: record(
        interventional({ maskingInfo: { masking: 'DOUBLE', whoMasked: ['PARTICIPANT', 'INVESTIGATOR'] } }),
        arms([arm('Drug X', 'EXPERIMENTAL')], [intervention('DRUG', 'Placebo run-in')]),
      ),
    },
  ],
  invalid: [
    {
      name: 'participants and investigators blinded in a single open arm',
      study: record(
        interventional({ maskingInfo: { masking: 'DOUBLE', whoMasked: ['PARTICIPANT', 'INVESTIGATOR'] } }),
        arms([arm('Drug X', 'EXPERIMENTAL')], [intervention('DRUG', 'Drug X')]),
      ),
      errors: [{ messageId: 'blinded', pointer: `${P}/designModule/designInfo/maskingInfo/masking` }],
    },
  ],
});
