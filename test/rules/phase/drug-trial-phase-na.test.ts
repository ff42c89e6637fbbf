import rule from '../../../server/src/core/rules/phase/drug-trial-phase-na';
import { arms, intervention, P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

const design = (phases: string[], primaryPurpose = 'TREATMENT') => ({
  designModule: { studyType: 'INTERVENTIONAL', phases, designInfo: { primaryPurpose } },
});

runRuleTests(rule, {
  valid: [
    { name: 'drug trial with a phase', study: record(design(['PHASE3']), arms([], [intervention('DRUG', 'Aspirin')])) },
    {
      name: 'drug plus device',
      study: record(design(['NA']), arms([], [intervention('DRUG', 'Lidocaine'), intervention('DEVICE', 'Catheter')])),
    },
    {
      name: 'drug in a basic science study',
      study: record(design(['NA'], 'BASIC_SCIENCE'), arms([], [intervention('DRUG', 'Caffeine')])),
    },
  ],
  invalid: [
    {
      name: 'drugs only, treatment, N/A',
      study: record(design(['NA']), arms([], [intervention('DRUG', 'Aspirin'), intervention('DRUG', 'Placebo')])),
      errors: [{ messageId: 'notApplicable', pointer: `${P}/designModule/phases/0` }],
    },
    {
      name: 'FDA-regulated drug',
      study: record(design(['NA'], 'OTHER'), { oversightModule: { isFdaRegulatedDrug: true } }),
      errors: [{ messageId: 'notApplicable' }],
    },
  ],
});
