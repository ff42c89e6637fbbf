import rule from '../../../server/src/core/rules/status/status-vocabulary';
import { interventional, P, record, status } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'interventional and recruiting',
      study: record(interventional(), status({ overallStatus: 'RECRUITING' })),
    },
    {
      name: 'expanded access and available',
      study: record({ designModule: { studyType: 'EXPANDED_ACCESS' } }, status({ overallStatus: 'AVAILABLE' })),
    },
  ],
  invalid: [
    {
      name: 'interventional and available',
      study: record(interventional(), status({ overallStatus: 'AVAILABLE' })),
      errors: [{ messageId: 'wrongVocabulary', pointer: `${P}/statusModule/overallStatus` }],
    },
  ],
});
