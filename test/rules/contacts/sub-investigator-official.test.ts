import rule from '../../../server/src/core/rules/contacts/sub-investigator-official';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'principal investigator',
      study: record({
        contactsLocationsModule: { overallOfficials: [{ name: 'Jane Doe', role: 'PRINCIPAL_INVESTIGATOR' }] },
      }),
    },
  ],
  invalid: [
    {
      name: 'sub-investigator as overall official',
      study: record({
        contactsLocationsModule: { overallOfficials: [{ name: 'Jane Doe', role: 'SUB_INVESTIGATOR' }] },
      }),
      errors: [{ messageId: 'subInvestigator', pointer: `${P}/contactsLocationsModule/overallOfficials/0/role` }],
    },
  ],
});
