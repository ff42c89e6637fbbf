import * as assert from 'node:assert/strict';
import { runRules } from '../../../server/src/core/engine';
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

describe('text/blank-value, module by module', () => {
  const check = (study: unknown) => runRules(study, { today: '2025-06-15', rules: [rule] }).map((f) => f.pointer);

  it('reports a module shared by two keys (a YAML alias) at both places', () => {
    const shared = { officialTitle: ' ' };
    assert.deepEqual(check(record({ identificationModule: shared, descriptionModule: shared })), [
      `${P}/identificationModule/officialTitle`,
      `${P}/descriptionModule/officialTitle`,
    ]);
  });

  it('walks a changed module again and keeps what an unchanged one gave', () => {
    const unchanged = { briefTitle: ' ' };
    assert.deepEqual(check(record({ identificationModule: unchanged, conditionsModule: { keywords: [''] } })), [
      `${P}/identificationModule/briefTitle`,
      `${P}/conditionsModule/keywords/0`,
    ]);
    assert.deepEqual(check(record({ identificationModule: unchanged, conditionsModule: { keywords: ['Asthma'] } })), [
      `${P}/identificationModule/briefTitle`,
    ]);
  });
});
