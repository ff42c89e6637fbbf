import rule from '../../../server/src/core/rules/text/blank-value';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'filled in',
      study: record({ identificationModule: { briefTitle: 'Vitamin D' } }),
    },
    {
      name: 'filled in, starting with a letter outside ASCII',
      study: record({ identificationModule: { briefTitle: 'Étude de la vitamine D' } }),
    },
  ],
  invalid: [
    {
      name: 'a blank brief title',
      study: record({ identificationModule: { briefTitle: '   ' } }),
      errors: [{ messageId: 'blank', pointer: `${P}/identificationModule/briefTitle` }],
    },
    {
      name: 'only no-break and ideographic spaces, and an empty list item',
      study: record({
        identificationModule: { briefTitle: '\u00a0\u3000' },
        conditionsModule: { keywords: ['Asthma', ''] },
      }),
      errors: [
        { messageId: 'blank', pointer: `${P}/identificationModule/briefTitle` },
        { messageId: 'blank', pointer: `${P}/conditionsModule/keywords/1` },
      ],
    },
  ],
});
