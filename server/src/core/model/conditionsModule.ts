import { object, textList } from './fields';
import { optional, required } from './meta';

export const conditionsModule = object(
  {
    conditions: textList(
      {
        title: 'Conditions',
        description: 'The diseases, disorders, syndromes, illnesses or injuries studied; MeSH terms preferred.',
        requirement: required,
        minItems: 1,
        itemNoun: 'conditions',
      },
      {
        title: 'Condition',
        description: 'One condition or focus of the study.',
        requirement: required,
        limit: 160,
        limitUnverified: true,
      },
    ),
    keywords: textList(
      {
        title: 'Keywords',
        description: 'Words or phrases that help find the study; avoid acronyms.',
        requirement: optional,
        itemNoun: 'keywords',
      },
      { title: 'Keyword', description: 'One keyword.', requirement: optional, limit: 160, limitUnverified: true },
    ),
  },
  { title: 'Conditions', description: 'What the study is about: conditions and keywords.', requirement: required },
);
