import { markup, object } from './fields';
import { optional, required } from './meta';

export const descriptionModule = object(
  {
    briefSummary: markup({
      title: 'Brief Summary',
      description: 'A short description of the study, including its hypothesis, in lay language.',
      requirement: required,
      limit: 5000,
    }),
    detailedDescription: markup({
      title: 'Detailed Description',
      description:
        'An extended description of the protocol, including technical detail; do not repeat the brief summary.',
      requirement: optional,
      limit: 32000,
    }),
  },
  { title: 'Study Description', description: 'Summary and detailed description of the study.', requirement: required },
);
