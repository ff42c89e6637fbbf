import rule from '../../../server/src/core/rules/contacts/responsible-investigator-incomplete';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

const party = (responsibleParty: Record<string, string>) => ({ sponsorCollaboratorsModule: { responsibleParty } });

runRuleTests(rule, {
  valid: [
    { name: 'sponsor', study: record(party({ type: 'SPONSOR' })) },
    {
      name: 'complete investigator',
      study: record(
        party({
          type: 'PRINCIPAL_INVESTIGATOR',
          investigatorFullName: 'Jane Doe',
          investigatorTitle: 'Professor',
          investigatorAffiliation: 'City University',
        }),
      ),
    },
    {
      name: 'old free-text form',
      study: record(party({ type: 'PRINCIPAL_INVESTIGATOR', oldNameTitle: 'Jane Doe, Professor' })),
    },
  ],
  invalid: [
    {
      name: 'title and affiliation missing',
      study: record(party({ type: 'SPONSOR_INVESTIGATOR', investigatorFullName: 'Jane Doe' })),
      errors: [{ messageId: 'missing', pointer: `${P}/sponsorCollaboratorsModule/responsibleParty/type` }],
    },
  ],
});
