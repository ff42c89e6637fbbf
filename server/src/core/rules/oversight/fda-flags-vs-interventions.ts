import { defineRule } from '../defineRule';
import { DEVICE_TYPES, DRUG_TYPES, hasUsSite, interventionTypes, oversight } from '../util/regulation';
import { readInterventions } from '../../arms';
import { pointerOf, studyType } from '../util/read';
import { isPlaceboLike } from '../util/text';

export default defineRule({
  id: 'oversight/fda-flags-vs-interventions',
  description: 'The FDA-regulated drug and device answers agree with the intervention types.',
  severity: 'info',
  catalogue: ['fdaaa-flag-vs-interventions'],
  tier: 'house',
  messages: {
    flagWithoutProduct:
      'Studies a U.S. FDA-regulated {product} product is Yes, but no intervention is ' +
      'of a {product} type ({types}). Check the answer or the intervention types.',
    productWithoutFlag:
      'A {product} intervention ("{name}") is studied at a U.S. site, but Studies a U.S. FDA-regulated {product} ' +
      'product is No. Check the answer: a {product} studied in the U.S. is usually FDA-regulated.',
  },
  docs: {
    details:
      'The oversight answers decide whether the trial is an applicable clinical trial, so they should match what is ' +
      'studied: a drug answer of Yes needs a Drug, Biological, Genetic or Combination Product intervention, ' +
      'a device answer of Yes a Device, Diagnostic Test or Combination Product one. The converse (such an ' +
      'intervention at a U.S. site with the answer No) is only a hint: ' +
      'approved products used within their labelling may be answered No.',
    wrong: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
  oversightModule:
    isFdaRegulatedDrug: true
  armsInterventionsModule:
    interventions:
      - type: BEHAVIORAL
        name: Coaching
`,
    right: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
  oversightModule:
    isFdaRegulatedDrug: false
  armsInterventionsModule:
    interventions:
      - type: BEHAVIORAL
        name: Coaching
`,
  },
  check(context) {
    if (studyType(context.study) !== 'INTERVENTIONAL') return;
    const answers = oversight(context.study);
    const types = interventionTypes(context.study);
    if (types.size === 0) return;
    const products = [
      ['drug', 'isFdaRegulatedDrug', DRUG_TYPES, 'Drug, Biological, Genetic or Combination Product'],
      ['device', 'isFdaRegulatedDevice', DEVICE_TYPES, 'Device, Diagnostic Test or Combination Product'],
    ] as const;
    for (const [product, key, productTypes, typeNames] of products) {
      const has = [...types].some((t) => productTypes.has(t));
      if (answers[key] === true && !has) {
        context.report({
          messageId: 'flagWithoutProduct',
          pointer: pointerOf('oversightModule', key),
          data: { product, types: typeNames },
        });
      }
    }
    if (answers.isFdaRegulatedDrug !== false || !hasUsSite(context.study)) return;
    const drug = readInterventions(context.study).find(
      (i) => (i.type === 'DRUG' || i.type === 'BIOLOGICAL') && i.name && !isPlaceboLike(i.name),
    );
    if (drug)
      context.report({
        messageId: 'productWithoutFlag',
        pointer: pointerOf('oversightModule', 'isFdaRegulatedDrug'),
        data: { product: 'drug', name: drug.name ?? '' },
      });
  },
});
