import rule from '../../../server/src/core/rules/status/site-recruiting-overall-not-recruiting';
import { P, record, sites, status } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'recruiting overall and site',
      study: record(status({ overallStatus: 'RECRUITING' }), sites('RECRUITING')),
    },
    { name: 'unknown status (another rule)', study: record(status({ overallStatus: 'UNKNOWN' }), sites('RECRUITING')) },
    { name: 'completed sites', study: record(status({ overallStatus: 'COMPLETED' }), sites('COMPLETED', 'COMPLETED')) },
  ],
  invalid: [
    {
      name: 'completed with a recruiting site',
      study: record(status({ overallStatus: 'COMPLETED' }), sites('COMPLETED', 'RECRUITING', 'RECRUITING')),
      errors: [{ messageId: 'recruitingSite', pointer: `${P}/contactsLocationsModule/locations/1/status` }],
    },
  ],
});
