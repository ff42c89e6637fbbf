import rule from '../../../server/src/core/rules/design/observational-describes-assignment';
import { observational, P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'an ordinary cohort description',
      study: record(observational(), {
        descriptionModule: { briefSummary: 'Patients treated in routine care will be followed for 5 years.' },
      }),
    },
    {
      name: 'a follow-up of participants of a randomized trial',
      study: record(observational(), {
        descriptionModule: {
          briefSummary:
            'Participants in the parent trial were randomized to drug or placebo; we follow them for 10 years.',
        },
      }),
    },
  ],
  invalid: [
    {
      name: 'participants will be randomized',
      study: record(observational(), {
        descriptionModule: { briefSummary: 'Participants will be randomized to receive drug X or placebo.' },
      }),
      errors: [{ messageId: 'assigns', pointer: `${P}/descriptionModule/briefSummary` }],
    },
  ],
});
