import { defineRule } from '../defineRule';
import { hasUsSite, isFinalRuleStudy, oversight } from '../util/regulation';
import { asArray } from '../../model/read';
import { pointerOf, protocolModule, studyType } from '../util/read';

export default defineRule({
  id: 'oversight/us-export-not-stated',
  description:
    'A study of an FDA-regulated product with no U.S. site says whether the product is exported from the U.S.',
  severity: 'info',
  catalogue: ['fdaaa-us-export'],
  tier: 'official',
  messages: {
    missing:
      'The study evaluates an FDA-regulated {product} and lists no U.S. site, but Product Manufactured in and ' +
      'Exported from the U.S. is not answered. Say whether the product is exported from the U.S. (isUsExport).',
  },
  docs: {
    details:
      'A trial outside the U.S. can still be an applicable clinical trial when its product is made in and exported ' +
      'from the U.S.; the registry asks the question when there is no U.S. IND/IDE and no U.S. site. The IND/IDE is ' +
      'not in the record, so the check asks it of every Final Rule interventional record with a regulated product, ' +
      'sites, and none of them in the U.S.; since a U.S. IND/IDE makes the question moot, it is a note, not a warning.',
    wrong: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
  statusModule:
    startDateStruct:
      date: 2020-02-01
      type: ACTUAL
  oversightModule:
    isFdaRegulatedDrug: true
    isFdaRegulatedDevice: false
  contactsLocationsModule:
    locations:
      - facility: Charité
        city: Berlin
        country: Germany
`,
    right: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
  statusModule:
    startDateStruct:
      date: 2020-02-01
      type: ACTUAL
  oversightModule:
    isFdaRegulatedDrug: true
    isFdaRegulatedDevice: false
    isUsExport: false
  contactsLocationsModule:
    locations:
      - facility: Charité
        city: Berlin
        country: Germany
`,
  },
  check(context) {
    if (studyType(context.study) !== 'INTERVENTIONAL' || !isFinalRuleStudy(context.study)) return;
    const answers = oversight(context.study);
    const product =
      answers.isFdaRegulatedDrug === true ? 'drug' : answers.isFdaRegulatedDevice === true ? 'device' : undefined;
    if (!product || typeof answers.isUsExport === 'boolean') return;
    if (
      asArray(protocolModule(context.study, 'contactsLocationsModule').locations).length === 0 ||
      hasUsSite(context.study)
    )
      return;
    context.report({ messageId: 'missing', pointer: pointerOf('oversightModule'), target: 'key', data: { product } });
  },
});
