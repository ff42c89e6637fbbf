import rule from '../../../server/src/core/rules/status/unknown-status-open-site';
import { P, sitesWhile } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    { name: 'unknown with closed sites', study: sitesWhile('UNKNOWN', 'COMPLETED') },
    { name: 'recruiting with recruiting sites', study: sitesWhile('RECRUITING', 'RECRUITING') },
  ],
  invalid: [
    {
      name: 'the seed: unknown with a recruiting site',
      study: sitesWhile('UNKNOWN', 'RECRUITING'),
      errors: [{ messageId: 'openSite', pointer: `${P}/contactsLocationsModule/locations/0/status` }],
    },
  ],
});
