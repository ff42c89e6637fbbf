import rule from '../../../server/src/core/rules/design/observational-fields-on-interventional';
import { interventional, P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'interventional without observational fields',
      study: record(interventional({ allocation: 'RANDOMIZED' })),
    },
    {
      name: 'observational with time perspective',
      study: record({ designModule: { studyType: 'OBSERVATIONAL', designInfo: { timePerspective: 'PROSPECTIVE' } } }),
    },
  ],
  invalid: [
    {
      name: 'interventional with an observational model',
      study: record(interventional({ allocation: 'NA', observationalModel: 'COHORT' })),
      errors: [{ messageId: 'observationalField' }],
      output: record(interventional({ allocation: 'NA' })),
    },
    {
      name: 'interventional with time perspective and sampling method',
      study: record(interventional({ timePerspective: 'PROSPECTIVE' }), {
        eligibilityModule: { samplingMethod: 'PROBABILITY_SAMPLE' },
      }),
      errors: [
        { messageId: 'observationalField', pointer: `${P}/designModule/designInfo/timePerspective` },
        { messageId: 'observationalField', pointer: `${P}/eligibilityModule/samplingMethod` },
      ],
    },
  ],
});
