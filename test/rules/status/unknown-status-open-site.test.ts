import rule from '../../../server/src/core/rules/status/unknown-status-open-site';
import { P, record, sites, status } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    { name: 'unknown with closed sites', study: record(status({ overallStatus: 'UNKNOWN' }), sites('COMPLETED')) },
    {
      name: 'recruiting with recruiting sites',
      study: record(status({ overallStatus: 'RECRUITING' }), sites('RECRUITING')),
    },
  ],
  invalid: [
    {
      name: 'the seed: unknown with a recruiting site',
      study: record(status({ overallStatus: 'UNKNOWN' }), sites('RECRUITING')),
      errors: [{ messageId: 'openSite', pointer: `${P}/contactsLocationsModule/locations/0/status` }],
    },
  ],
});
