import rule from '../../../server/src/core/rules/design/title-vs-design';
import { arm, arms, intervention, P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'title and design agree',
      study: record(
        { identificationModule: { officialTitle: 'A Phase III, Randomized, Double-Blind, Placebo-Controlled Study' } },
        {
          designModule: {
            studyType: 'INTERVENTIONAL',
            phases: ['PHASE3'],
            designInfo: { allocation: 'RANDOMIZED', maskingInfo: { masking: 'QUADRUPLE' } },
          },
        },
        arms([arm('Placebo', 'PLACEBO_COMPARATOR')]),
      ),
    },
    {
      name: 'NCT04861558: a Phase I part followed by a Phase III trial',
      study: record(
        {
          identificationModule: { officialTitle: 'Single-arm Phase I Study, Followed by a Randomized Phase III Trial' },
        },
        { designModule: { studyType: 'INTERVENTIONAL', phases: ['PHASE3'] } },
      ),
    },
    {
      name: 'N/A phase for a radiation trial called Phase III',
      study: record(
        { identificationModule: { officialTitle: 'A Randomised Phase III Trial of Radiation Dose' } },
        { designModule: { studyType: 'INTERVENTIONAL', phases: ['NA'] } },
      ),
    },
    {
      name: 'an extension of a randomized trial',
      study: record(
        { identificationModule: { officialTitle: 'Open-label Extension of the Randomized Double-Blind Study' } },
        {
          designModule: {
            studyType: 'INTERVENTIONAL',
            designInfo: { allocation: 'NA', maskingInfo: { masking: 'NONE' } },
          },
        },
      ),
    },
  ],
  invalid: [
    {
      name: 'Phase III title, Phase 2 record',
      study: record(
        { identificationModule: { officialTitle: 'A Phase III Study of Drug X' } },
        { designModule: { studyType: 'INTERVENTIONAL', phases: ['PHASE2'] } },
      ),
      errors: [{ messageId: 'phase', pointer: `${P}/designModule/phases` }],
    },
    {
      name: 'randomized title, non-randomized allocation',
      study: record(
        { identificationModule: { officialTitle: 'A Randomized Trial of Drug X' } },
        { designModule: { studyType: 'INTERVENTIONAL', designInfo: { allocation: 'NON_RANDOMIZED' } } },
      ),
      errors: [{ messageId: 'randomized', pointer: `${P}/designModule/designInfo/allocation` }],
    },
    {
      name: 'double-blind title, single masking',
      study: record(
        { identificationModule: { officialTitle: 'A Double-Blind Trial of Drug X' } },
        { designModule: { studyType: 'INTERVENTIONAL', designInfo: { maskingInfo: { masking: 'SINGLE' } } } },
      ),
      errors: [{ messageId: 'blinded' }],
    },
    {
      name: 'NCT00405041: placebo-controlled title without a placebo',
      study: record(
        { identificationModule: { officialTitle: 'A Placebo-Controlled Study of a Dietary Ingredient' } },
        { designModule: { studyType: 'INTERVENTIONAL', phases: ['PHASE2'] } },
        arms(
          [arm('A', 'EXPERIMENTAL', 'Dietary Supplement: GVG 2')],
          [intervention('DIETARY_SUPPLEMENT', 'GVG 2', 'A')],
        ),
      ),
      errors: [{ messageId: 'placebo' }],
    },
  ],
});
