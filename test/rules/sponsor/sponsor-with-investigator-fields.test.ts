import rule from '../../../server/src/core/rules/sponsor/sponsor-with-investigator-fields';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'sponsor alone',
      study: record({ sponsorCollaboratorsModule: { responsibleParty: { type: 'SPONSOR' } } }),
    },
    {
      name: 'principal investigator with details',
      study: record({
        sponsorCollaboratorsModule: {
          responsibleParty: { type: 'PRINCIPAL_INVESTIGATOR', investigatorFullName: 'Jane Doe' },
        },
      }),
    },
  ],
  invalid: [
    {
      name: 'sponsor with an investigator name',
      study: record({
        sponsorCollaboratorsModule: { responsibleParty: { type: 'SPONSOR', investigatorFullName: 'Jane Doe' } },
      }),
      errors: [
        { messageId: 'stale', pointer: `${P}/sponsorCollaboratorsModule/responsibleParty/investigatorFullName` },
      ],
    },
  ],
});
