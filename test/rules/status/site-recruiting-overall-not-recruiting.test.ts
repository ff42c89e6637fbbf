import rule from '../../../server/src/core/rules/status/site-recruiting-overall-not-recruiting';
import { P, sitesWhile } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    { name: 'recruiting overall and site', study: sitesWhile('RECRUITING', 'RECRUITING') },
    { name: 'unknown status (another rule)', study: sitesWhile('UNKNOWN', 'RECRUITING') },
    { name: 'completed sites', study: sitesWhile('COMPLETED', 'COMPLETED', 'COMPLETED') },
  ],
  invalid: [
    {
      name: 'completed with a recruiting site',
      study: sitesWhile('COMPLETED', 'COMPLETED', 'RECRUITING', 'RECRUITING'),
      errors: [{ messageId: 'recruitingSite', pointer: `${P}/contactsLocationsModule/locations/1/status` }],
    },
  ],
});
