import rule from '../../../server/src/core/rules/status/site-open-after-close';
import { P, record, sites, status } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'terminated with withdrawn sites',
      study: record(status({ overallStatus: 'TERMINATED' }), sites('WITHDRAWN')),
    },
    {
      name: 'recruiting with a site not yet open',
      study: record(status({ overallStatus: 'RECRUITING' }), sites('RECRUITING', 'NOT_YET_RECRUITING')),
    },
  ],
  invalid: [
    {
      name: 'terminated with a site not yet recruiting',
      study: record(status({ overallStatus: 'TERMINATED' }), sites('NOT_YET_RECRUITING')),
      errors: [{ messageId: 'openSite', pointer: `${P}/contactsLocationsModule/locations/0/status` }],
    },
  ],
});
