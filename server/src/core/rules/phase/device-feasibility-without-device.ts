import { defineRule } from '../defineRule';
import { DESIGN_INFO, designInfo } from '../util/read';
import { interventionTypes } from '../util/regulation';

export default defineRule({
  id: 'phase/device-feasibility-without-device',
  description: 'A device feasibility study studies a device.',
  severity: 'info',
  catalogue: ['phase-device-feasibility'],
  tier: 'house',
  messages: {
    noDevice:
      'Primary Purpose is Device Feasibility, but {what}. Check the ' +
      'purpose, the intervention types or the device answer.',
  },
  docs: {
    details:
      'Device feasibility presupposes a device: a Device or Combination ' +
      'Product intervention and an FDA-regulated device answer of Yes.',
    wrong: `protocolSection:
  designModule:
    designInfo:
      primaryPurpose: DEVICE_FEASIBILITY
  armsInterventionsModule:
    interventions:
      - type: BEHAVIORAL
        name: Coaching
`,
    right: `protocolSection:
  designModule:
    designInfo:
      primaryPurpose: SUPPORTIVE_CARE
  armsInterventionsModule:
    interventions:
      - type: BEHAVIORAL
        name: Coaching
`,
  },
  check(context) {
    if (designInfo(context.study).primaryPurpose !== 'DEVICE_FEASIBILITY') return;
    const types = interventionTypes(context.study);
    if (types.size === 0 || types.has('DEVICE') || types.has('COMBINATION_PRODUCT')) return;
    context.report({
      messageId: 'noDevice',
      pointer: `${DESIGN_INFO}/primaryPurpose`,
      data: { what: 'no intervention is a Device or Combination Product' },
    });
  },
});
