import { enumLabel, fieldInfoAt, type FieldInfo } from '../../model';
import type { ParsedDocument } from '../../parse';
import { inlineScalar } from '../../edit/yamlRender';
import { isLegacyEnumValue } from '../addFieldSnippet';
import { armsAndInterventions } from '../arms';
import { resultsValues } from '../results';
import type { CompletionContext } from './cursor';
import { FORMAT_HINTS } from './docs';
import type { CompletionItem, CompletionItemKind } from './types';

type ValueContext = Extract<CompletionContext, { kind: 'value' }>;

const AGE_UNITS = ['Years', 'Months', 'Weeks', 'Days', 'Hours', 'Minutes'];

/** Values for the field at the cursor: enum codes, cross-references, age units, date shapes. */
export function valueCompletions(doc: ParsedDocument, context: ValueContext): CompletionItem[] {
  const references = referenceValues(doc, context);
  if (references) return references;
  const results = resultsValues(doc.value, context.pointer);
  if (results) return results.map((value) => item(doc, context, value));
  const info = fieldInfoAt(context.pointer);
  if (!info) return [];
  if (info.enumValues) return enumValues(doc, context, info);
  if (info.kind === 'boolean')
    return ['true', 'false'].map((value) => item(doc, context, { label: value, kind: 'value', value, literal: true }));
  if (info.format === 'age') return ageUnits(doc, context);
  if (info.format && info.format !== 'nct') return [dateHint(doc, context, info)];
  return [];
}

/** The allowed codes, without legacy ones the registry no longer takes for new entries (hover still explains them). */
function enumValues(doc: ParsedDocument, context: ValueContext, info: FieldInfo): CompletionItem[] {
  return (info.enumValues ?? [])
    .filter((value) => !isLegacyEnumValue(value.note))
    .map((value, order) =>
      item(doc, context, {
        label: value.value,
        kind: 'enum',
        value: value.value,
        detail: value.label,
        documentation: `**${value.label}** (\`${value.value}\`)${value.note ? `\n\n${value.note}` : ''}`,
        sortText: String(order).padStart(3, '0'),
        // Typing the label ("Phase 2") finds the code too.
        filterText: `${value.value} ${value.label}`,
      }),
    );
}

/**
 * `armGroups[].interventionNames` entries name interventions as "<Type label>: <name>";
 * `interventions[].armGroupLabels` entries are arm labels.
 */
function referenceValues(doc: ParsedDocument, context: ValueContext): CompletionItem[] | undefined {
  const { arms, interventions } = armsAndInterventions(doc);
  if (/\/armGroups\/\d+\/interventionNames\/\d+$/.test(context.pointer)) {
    return interventions.flatMap((intervention) => {
      if (!intervention.name) return [];
      const reference = intervention.type
        ? `${enumLabel('InterventionType', intervention.type)}: ${intervention.name}`
        : intervention.name;
      return [item(doc, context, { label: reference, kind: 'reference', value: reference, detail: 'Intervention' })];
    });
  }
  if (/\/interventions\/\d+\/armGroupLabels\/\d+$/.test(context.pointer)) {
    return arms.flatMap((arm) =>
      arm.label
        ? [
            item(doc, context, {
              label: arm.label,
              kind: 'reference',
              value: arm.label,
              detail: arm.type ? `Arm (${enumLabel('ArmGroupType', arm.type)})` : 'Arm',
            }),
          ]
        : [],
    );
  }
  return undefined;
}

/** After an age number: `18 Years`, `18 Months`, … */
function ageUnits(doc: ParsedDocument, context: ValueContext): CompletionItem[] {
  const amount = /^\s*(\d+)\s*\w*$/.exec(context.prefix)?.[1] ?? '18';
  return AGE_UNITS.map((unit, order) => {
    const value = `${amount} ${amount === '1' ? unit.slice(0, -1) : unit}`;
    return item(doc, context, {
      label: value,
      kind: 'unit',
      value,
      sortText: String(order),
      filterText: `${context.prefix}${unit}`,
    });
  });
}

function dateHint(doc: ParsedDocument, context: ValueContext, info: FieldInfo): CompletionItem {
  const format = info.format!;
  const shape =
    format === 'date-time-minutes' ? '${1:YYYY}-${2:MM}-${3:DD}T${4:HH}:${5:MM}' : '${1:YYYY}-${2:MM}-${3:DD}';
  const quote = doc.format === 'json' ? '"' : '';
  return {
    label: format === 'date-time-minutes' ? 'YYYY-MM-DDTHH:MM' : 'YYYY-MM-DD',
    kind: 'snippet',
    detail: `${info.title}: ${FORMAT_HINTS[format].replace(/`/g, '')}`,
    documentation: `${info.title} is written ${FORMAT_HINTS[format]}.`,
    insertText: `${context.needsSpace ? ' ' : ''}${quote}${shape}${quote}`,
    isSnippet: true,
    span: context.span,
    filterText: context.prefix,
  };
}

interface ValueItem {
  readonly label: string;
  readonly kind: CompletionItemKind;
  readonly value: string;
  /** true, false, numbers: not quoted in JSON. */
  readonly literal?: boolean;
  readonly detail?: string;
  readonly documentation?: string;
  readonly sortText?: string;
  readonly filterText?: string;
}

/** Writes the value the way the format needs: quoted in JSON, plain-if-safe in YAML. */
function item(doc: ParsedDocument, context: ValueContext, value: ValueItem): CompletionItem {
  const text =
    doc.format === 'json'
      ? value.literal
        ? value.value
        : JSON.stringify(value.value)
      : value.literal
        ? value.value
        : inlineScalar(value.value);
  const filterText = value.filterText ?? value.label;
  return {
    label: value.label,
    kind: value.kind,
    detail: value.detail,
    // The registry label next to the code, in the list itself ("PHASE2  Phase 2").
    labelDescription: value.detail,
    documentation: value.documentation,
    insertText: (context.needsSpace ? ' ' : '') + text,
    span: context.span,
    sortText: value.sortText,
    filterText: context.isQuoted ? `"${filterText}` : filterText,
  };
}
