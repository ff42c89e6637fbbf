import rule from '../../../server/src/core/rules/contacts/recruiting-without-locations';
import { interventional, P, record, status } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'recruiting with a site',
      study: record(interventional(), status({ overallStatus: 'RECRUITING' }), {
        contactsLocationsModule: {
          locations: [{ facility: 'City Hospital', city: 'Boston', country: 'United States' }],
        },
      }),
    },
    {
      name: 'not yet recruiting without sites',
      study: record(interventional(), status({ overallStatus: 'NOT_YET_RECRUITING' })),
    },
  ],
  invalid: [
    {
      name: 'recruiting without sites',
      study: record(interventional(), status({ overallStatus: 'RECRUITING' })),
      errors: [{ messageId: 'noSites', pointer: `${P}/statusModule/overallStatus` }],
    },
  ],
});
