import rule from '../../../server/src/core/rules/identification/secondary-id-same-as-org';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'a registry id equal to the protocol id, with its domain',
      study: record({
        identificationModule: {
          orgStudyIdInfo: { id: 'AGCT1531' },
          secondaryIdInfos: [{ id: 'AGCT1531', type: 'OTHER', domain: "Children's Oncology Group" }],
        },
      }),
    },
    {
      name: 'a different id',
      study: record({
        identificationModule: { orgStudyIdInfo: { id: 'ABC-123' }, secondaryIdInfos: [{ id: 'R01-456' }] },
      }),
    },
  ],
  invalid: [
    {
      name: 'the protocol id again',
      study: record({
        identificationModule: { orgStudyIdInfo: { id: 'ABC-123' }, secondaryIdInfos: [{ id: 'abc 123' }] },
      }),
      errors: [{ messageId: 'same', pointer: `${P}/identificationModule/secondaryIdInfos/0/id` }],
    },
  ],
});
