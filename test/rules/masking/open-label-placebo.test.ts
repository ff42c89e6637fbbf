import rule from '../../../server/src/core/rules/masking/open-label-placebo';
import { arm, arms, masking, P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'masked placebo study',
      study: record(masking('DOUBLE', ['PARTICIPANT', 'INVESTIGATOR']), arms([arm('P', 'PLACEBO_COMPARATOR')])),
    },
    {
      name: 'open label without placebo',
      study: record(masking('NONE'), arms([arm('A', 'EXPERIMENTAL'), arm('B', 'ACTIVE_COMPARATOR')])),
    },
    {
      name: 'a deliberate open-label placebo study',
      study: record(masking('NONE'), arms([arm('P', 'PLACEBO_COMPARATOR')]), {
        identificationModule: { briefTitle: 'Open-Label Placebo for Chronic Back Pain' },
      }),
    },
  ],
  invalid: [
    {
      name: 'open label with placebo',
      study: record(masking('NONE'), arms([arm('P', 'PLACEBO_COMPARATOR')])),
      errors: [{ messageId: 'openLabel', pointer: `${P}/designModule/designInfo/maskingInfo/masking` }],
    },
    {
      name: 'open label with sham',
      study: record(masking('NONE'), arms([arm('S', 'SHAM_COMPARATOR')])),
      errors: [{ messageId: 'openLabel' }],
    },
  ],
});
