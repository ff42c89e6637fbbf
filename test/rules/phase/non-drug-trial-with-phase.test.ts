import rule from '../../../server/src/core/rules/phase/non-drug-trial-with-phase';
import { arms, intervention, P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

const design = (phases: string[]) => ({ designModule: { studyType: 'INTERVENTIONAL', phases } });

runRuleTests(rule, {
  valid: [
    { name: 'behavioural with N/A', study: record(design(['NA']), arms([], [intervention('BEHAVIORAL', 'Exercise')])) },
    {
      name: 'device plus drug with a phase',
      study: record(design(['PHASE2']), arms([], [intervention('DEVICE', 'Pump'), intervention('DRUG', 'Insulin')])),
    },
    {
      name: 'device with FDA-regulated drug flag',
      study: record(design(['PHASE1']), arms([], [intervention('DEVICE', 'Patch')]), {
        oversightModule: { isFdaRegulatedDrug: true },
      }),
    },
  ],
  invalid: [
    {
      name: 'behavioural with phase 3',
      study: record(design(['PHASE3']), arms([], [intervention('BEHAVIORAL', 'Exercise')])),
      errors: [{ messageId: 'phase', pointer: `${P}/designModule/phases` }],
      output: record(design(['NA']), arms([], [intervention('BEHAVIORAL', 'Exercise')])),
    },
  ],
});
