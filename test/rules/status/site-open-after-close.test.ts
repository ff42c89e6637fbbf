import rule from '../../../server/src/core/rules/status/site-open-after-close';
import { P, sitesWhile } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    { name: 'terminated with withdrawn sites', study: sitesWhile('TERMINATED', 'WITHDRAWN') },
    {
      name: 'recruiting with a site not yet open',
      study: sitesWhile('RECRUITING', 'RECRUITING', 'NOT_YET_RECRUITING'),
    },
  ],
  invalid: [
    {
      name: 'terminated with a site not yet recruiting',
      study: sitesWhile('TERMINATED', 'NOT_YET_RECRUITING'),
      errors: [{ messageId: 'openSite', pointer: `${P}/contactsLocationsModule/locations/0/status` }],
    },
  ],
});
