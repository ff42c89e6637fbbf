import type { JsonValue, RecordFormat } from '../../types';
import { itemLines } from '../../edit/yamlRender';
import type { CompletionContext } from './cursor';
import type { CompletionItem } from './types';
import { newRecordJsonSnippet, newRecordSnippet, type NewRecordStudyType } from '../../templates/newRecord';

/** Study-type templates for an empty file: the fields the registry requires at registration. */
const RECORD_TEMPLATES: readonly {
  readonly label: string;
  readonly studyType: NewRecordStudyType;
  readonly detail: string;
}[] = [
  {
    label: 'Interventional study record',
    studyType: 'INTERVENTIONAL',
    detail: 'Clinical trial: arms, interventions, phases, masking',
  },
  {
    label: 'Observational study record',
    studyType: 'OBSERVATIONAL',
    detail: 'Cohorts or groups, observational model, time perspective',
  },
  {
    label: 'Expanded access record',
    studyType: 'EXPANDED_ACCESS',
    detail: 'Expanded access to an investigational treatment',
  },
];

/** Primary, secondary and other outcomes have the same fields. */
const NEW_OUTCOME = {
  label: 'New outcome',
  value: { measure: '${1:Measure}', description: '${2:Description}', timeFrame: '${3:Time frame}' },
};

/** Templates of one new item, by the name of the list it goes into. */
const ITEM_TEMPLATES: Readonly<Record<string, { label: string; value: JsonValue }>> = {
  armGroups: {
    label: 'New arm',
    value: {
      label: '${1:Arm label}',
      type: '${2|EXPERIMENTAL,ACTIVE_COMPARATOR,PLACEBO_COMPARATOR,SHAM_COMPARATOR,NO_INTERVENTION,OTHER|}',
      description: '${3:Description}',
      interventionNames: ['${4:Drug: Name}'],
    },
  },
  interventions: {
    label: 'New intervention',
    value: {
      type: '${1|DRUG,BIOLOGICAL,DEVICE,PROCEDURE,BEHAVIORAL,DIETARY_SUPPLEMENT,OTHER|}',
      name: '${2:Name}',
      description: '${3:Description}',
      armGroupLabels: ['${4:Arm label}'],
    },
  },
  primaryOutcomes: NEW_OUTCOME,
  secondaryOutcomes: NEW_OUTCOME,
  otherOutcomes: NEW_OUTCOME,
  locations: {
    label: 'New location',
    value: { facility: '${1:Facility}', city: '${2:City}', country: '${3:Country}' },
  },
};

/**
 * Whole-record templates for an empty file: the New Record template (valid once its
 * placeholders are filled), in YAML or JSON.
 */
export function recordSnippets(
  format: RecordFormat,
  span: CompletionContext['span'],
  unit: string,
  today: string,
): CompletionItem[] {
  return RECORD_TEMPLATES.map((template, order) => {
    const insertText =
      format === 'json'
        ? newRecordJsonSnippet(template.studyType, today, unit)
        : newRecordSnippet(template.studyType, today);
    return {
      label: template.label,
      kind: 'snippet',
      detail: template.detail,
      insertText,
      isSnippet: true,
      span,
      sortText: String(order),
    };
  });
}

/** A whole new item for lists of arms, interventions, outcomes and locations (YAML). */
export function itemSnippets(context: CompletionContext, sequencePointer: string, unit: string): CompletionItem[] {
  const template = ITEM_TEMPLATES[sequencePointer.slice(sequencePointer.lastIndexOf('/') + 1)];
  if (!template || (context.kind !== 'item' && context.kind !== 'key')) return [];
  const dashIndent = context.kind === 'item' ? context.indent : context.indent.slice(2);
  const lines = itemLines(template.value, dashIndent, unit);
  // At the dash column the item brings its own `- `; after a typed `- ` only the content.
  const first = context.kind === 'item' ? lines[0].slice(dashIndent.length) : lines[0].slice(dashIndent.length + 2);
  return [
    {
      label: template.label,
      kind: 'snippet',
      detail: 'Snippet',
      insertText: [first, ...lines.slice(1)].join('\n'),
      isSnippet: true,
      span: context.span,
      sortText: '~',
    },
  ];
}
