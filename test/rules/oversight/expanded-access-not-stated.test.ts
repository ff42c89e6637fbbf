import rule from '../../../server/src/core/rules/oversight/expanded-access-not-stated';
import { date, fdaDrugTrial, GERMAN_SITE, locations, P, status, US_SITE } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'answered',
      study: fdaDrugTrial(
        status({ startDateStruct: date('2020-02-01'), expandedAccessInfo: { hasExpandedAccess: false } }),
        locations(US_SITE),
      ),
    },
    { name: 'no U.S. site', study: fdaDrugTrial(locations(GERMAN_SITE)) },
  ],
  invalid: [
    {
      name: 'Final Rule drug trial at a U.S. site without the answer',
      study: fdaDrugTrial(locations(US_SITE)),
      errors: [{ messageId: 'missing', pointer: `${P}/statusModule` }],
    },
  ],
});
