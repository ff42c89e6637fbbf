import { bool, object } from './fields';
import { conditional, derived, optional, requiredFinalRule } from './meta';

const deviceCondition = 'when the study is of an FDA-regulated device product';

export const oversightModule = object(
  {
    oversightHasDmc: bool({
      title: 'Data Monitoring Committee',
      description: 'Whether a data monitoring committee has been appointed for the study.',
      requirement: optional,
    }),
    isFdaRegulatedDrug: bool({
      title: 'Studies a U.S. FDA-regulated Drug Product',
      description: 'The study evaluates a drug or biologic subject to FD&C Act §505 or PHS Act §351.',
      requirement: { ...requiredFinalRule, studyTypes: ['INTERVENTIONAL'] },
    }),
    isFdaRegulatedDevice: bool({
      title: 'Studies a U.S. FDA-regulated Device Product',
      description: 'The study evaluates a device subject to FD&C Act §510(k), §515 or §520(m).',
      requirement: { ...requiredFinalRule, studyTypes: ['INTERVENTIONAL'] },
    }),
    isUnapprovedDevice: bool({
      title: 'Device Product Not Approved or Cleared by U.S. FDA',
      description: 'The device studied has not been approved or cleared by the FDA (formerly "Delayed Posting").',
      requirement: conditional(deviceCondition),
    }),
    isPpsd: bool({
      title: 'Pediatric Postmarket Surveillance of a Device Product',
      description: 'The study is a pediatric postmarket surveillance of a device required by FDA under FD&C Act §522.',
      requirement: conditional(deviceCondition),
    }),
    isUsExport: bool({
      title: 'Product Manufactured in and Exported from the U.S.',
      description:
        'A drug or device studied is manufactured in and exported from ' +
        'the U.S.; asked when there is no IND/IDE and no U.S. site.',
      requirement: conditional('for FDA-regulated products studied without a U.S. IND/IDE or U.S. site'),
    }),
    fdaaa801Violation: bool({
      title: 'FDAAA 801 Violation',
      description: 'Registry annotation of an FDAAA 801 violation.',
      requirement: derived,
    }),
  },
  {
    title: 'Oversight',
    description: 'FDA regulation and data monitoring of the study.',
    requirement: { ...requiredFinalRule, studyTypes: ['INTERVENTIONAL'] },
  },
);
