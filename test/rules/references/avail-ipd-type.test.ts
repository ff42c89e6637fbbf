import rule from '../../../server/src/core/rules/references/avail-ipd-type';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'a registry type',
      study: record({ referencesModule: { availIpds: [{ type: 'Study Protocol', url: 'https://x.org' }] } }),
    },
  ],
  invalid: [
    {
      name: 'a free-text type',
      study: record({ referencesModule: { availIpds: [{ type: 'Mutation data', url: 'https://x.org' }] } }),
      errors: [{ messageId: 'unknownType', pointer: `${P}/referencesModule/availIpds/0/type` }],
    },
  ],
});
