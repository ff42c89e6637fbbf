import rule from '../../../server/src/core/rules/sponsor/lead-sponsor-as-collaborator';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'distinct collaborators',
      study: record({
        sponsorCollaboratorsModule: { leadSponsor: { name: 'City University' }, collaborators: [{ name: 'NIH' }] },
      }),
    },
  ],
  invalid: [
    {
      name: 'the lead sponsor as collaborator',
      study: record({
        sponsorCollaboratorsModule: {
          leadSponsor: { name: 'City University' },
          collaborators: [{ name: 'City University' }],
        },
      }),
      errors: [{ messageId: 'leadAgain', pointer: `${P}/sponsorCollaboratorsModule/collaborators/0/name` }],
    },
    {
      name: 'a collaborator twice',
      study: record({
        sponsorCollaboratorsModule: {
          leadSponsor: { name: 'City University' },
          collaborators: [{ name: 'NIH' }, { name: 'NIH' }],
        },
      }),
      errors: [{ messageId: 'twice' }],
    },
  ],
});
