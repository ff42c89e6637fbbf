import { OUTCOME_DISPERSION_LABELS } from '../../model/results';
import { isGroupReferencePointer, scopeAt } from '../../results';
import type { CompletionItemKind } from '../completion/types';

/** A value to offer; the completion layer writes it in the document's format. */
export interface ResultsValue {
  readonly label: string;
  readonly kind: CompletionItemKind;
  readonly value: string;
  readonly detail?: string;
  readonly documentation?: string;
  readonly sortText?: string;
  readonly filterText?: string;
}

/**
 * Values for results fields that are not enums in the model: the group ids of the table at the
 * cursor (titles shown), and the display labels outcome measures use for their dispersion.
 */
export function resultsValues(study: unknown, pointer: string): ResultsValue[] | undefined {
  if (!pointer.startsWith('/resultsSection/')) return undefined;
  if (isGroupReferencePointer(pointer)) {
    const scope = scopeAt(study, pointer);
    if (!scope) return undefined;
    return scope.groups.map((group, order) => ({
      label: group.id,
      kind: 'reference',
      value: group.id,
      detail: group.title,
      documentation: [`**${group.title ?? group.id}** (${scope.label})`, group.description ?? '']
        .filter(Boolean)
        .join('\n\n'),
      sortText: String(order).padStart(3, '0'),
      filterText: `${group.id} ${group.title ?? ''}`,
    }));
  }
  if (/^\/resultsSection\/outcomeMeasuresModule\/outcomeMeasures\/\d+\/dispersionType$/.test(pointer)) {
    return OUTCOME_DISPERSION_LABELS.map((label, order) => ({
      label,
      kind: 'value',
      value: label,
      detail: 'Measure of Dispersion/Precision',
      documentation: 'Outcome measures write the dispersion as its display label.',
      sortText: String(order).padStart(3, '0'),
    }));
  }
  return undefined;
}
