import { contentEnd } from '../edit/text';
import { enumLabel, fieldInfoAt } from '../model';
import { escapePointerToken, type AstNode, type ParsedDocument } from '../parse';
import type { Span } from '../types';
import { isResultsLeafList, resultsItemDetail, RESULTS_NAME_FIELDS } from './results';

export type SymbolKind = 'module' | 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

/** A node of the outline. `span` covers the whole entry, `selectionSpan` its name. */
export interface DocumentSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly kind: SymbolKind;
  readonly span: Span;
  readonly selectionSpan: Span;
  readonly children: DocumentSymbol[];
}

export interface SymbolsResult {
  readonly symbols: DocumentSymbol[];
  /** True when the outline stopped at `maxSymbols` (huge records). */
  readonly isTruncated: boolean;
}

/** Outline cap: past this the editor gets a partial outline rather than a frozen one. */
export const MAX_SYMBOLS = 5000;

/**
 * Which field names an item of a list, by the list's key: arms by label, interventions by name, …
 * A Map: a list named `constructor` in a record is data, not a member of this table.
 */
const NAME_FIELDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['armGroups', ['label']],
  ['interventions', ['name']],
  ['primaryOutcomes', ['measure']],
  ['secondaryOutcomes', ['measure']],
  ['otherOutcomes', ['measure']],
  ['locations', ['facility']],
  ['centralContacts', ['name']],
  ['contacts', ['name']],
  ['overallOfficials', ['name']],
  ['collaborators', ['name']],
  ['secondaryIdInfos', ['id']],
  ['references', ['pmid', 'citation']],
  ['seeAlsoLinks', ['label', 'url']],
  ['availIpds', ['type', 'id']],
]);
const FALLBACK_NAME_FIELDS = ['label', 'name', 'measure', 'facility', 'title', 'id'];

/** Hierarchical outline: modules, then their fields; list items are named by their label or name, never by index. */
export function provideDocumentSymbols(doc: ParsedDocument, maxSymbols = MAX_SYMBOLS): SymbolsResult {
  const root = doc.root;
  if (root?.kind !== 'object') return { symbols: [], isTruncated: false };
  // The results get half the cap to themselves, so a long location list cannot push them out of the outline.
  const results = root.properties.find((p) => p.key === 'resultsSection');
  const resultsBudget = { left: results ? Math.floor(maxSymbols / 2) : 0 };
  const resultsSymbols = results ? propertySymbols(doc, { ...root, properties: [results] }, '', resultsBudget) : [];
  const budget = {
    left: maxSymbols - Math.floor(maxSymbols / 2) * (results ? 1 : 0) + Math.max(resultsBudget.left, 0),
  };
  const rest = propertySymbols(doc, { ...root, properties: root.properties.filter((p) => p !== results) }, '', budget);
  const symbols = [...rest, ...resultsSymbols].sort((a, b) => a.span.start - b.span.start);
  return { symbols, isTruncated: budget.left < 0 || resultsBudget.left < 0 };
}

function propertySymbols(
  doc: ParsedDocument,
  node: Extract<AstNode, { kind: 'object' }>,
  pointer: string,
  budget: { left: number },
): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  for (const property of node.properties) {
    if (--budget.left < 0) break;
    const childPointer = `${pointer}/${pointerToken(property.key)}`;
    const value = property.value;
    const isModule = pointer === '/protocolSection' || pointer === '/resultsSection';
    const end = value ? Math.max(contentEnd(doc.text, value), property.keySpan.end) : property.keySpan.end;
    symbols.push({
      name: property.key,
      detail: detailOf(value, childPointer),
      kind: isModule ? 'module' : kindOf(value),
      span: { start: property.keySpan.start, end },
      selectionSpan: property.keySpan,
      children: value ? childSymbols(doc, value, childPointer, property.key, budget) : [],
    });
  }
  return symbols;
}

/**
 * The pointers here only ask the schema what a value is. A key this long names no field of it, and stands for itself
 * by a token that names none either: a megabyte-long key made each pointer below it a megabyte, copied once per
 * outline entry (fuzz seed 2026, cases 3438 and 4165: 3 s of CPU).
 */
const MAX_POINTER_KEY_LENGTH = 1_000;

function pointerToken(key: string): string {
  return key.length > MAX_POINTER_KEY_LENGTH ? '(long key)' : escapePointerToken(key);
}

function childSymbols(
  doc: ParsedDocument,
  node: AstNode,
  pointer: string,
  key: string,
  budget: { left: number },
): DocumentSymbol[] {
  if (node.kind === 'object') return propertySymbols(doc, node, pointer, budget);
  if (node.kind !== 'array') return [];
  const symbols: DocumentSymbol[] = [];
  node.items.forEach((item, index) => {
    if (--budget.left < 0) return;
    const name = itemName(item, key, pointer);
    symbols.push({
      name: name?.text ?? `${fieldInfoAt(`${pointer}/${index}`)?.title ?? key} ${index + 1}`,
      detail: itemDetail(item, key, pointer),
      kind: kindOf(item),
      span: { start: item.span.start, end: Math.max(item.span.start, contentEnd(doc.text, item)) },
      selectionSpan: name?.span ?? item.span,
      children: isResultsLeafList(pointer, key) ? [] : childSymbols(doc, item, `${pointer}/${index}`, key, budget),
    });
  });
  return symbols;
}

/** The item's name and where it is written: a name field of an object, or the scalar itself. */
function itemName(item: AstNode, listKey: string, pointer: string): { text: string; span: Span } | undefined {
  if (item.kind !== 'object')
    return item.kind === 'array' ? undefined : { text: truncate(String(item.value)), span: item.span };
  const fields =
    (pointer.startsWith('/resultsSection/') ? RESULTS_NAME_FIELDS.get(listKey) : undefined) ??
    NAME_FIELDS.get(listKey) ??
    FALLBACK_NAME_FIELDS;
  for (const field of fields) {
    const value = item.properties.find((p) => p.key === field)?.value;
    if (
      value &&
      value.kind !== 'object' &&
      value.kind !== 'array' &&
      value.value !== null &&
      String(value.value).trim() !== ''
    ) {
      return { text: truncate(String(value.value)), span: value.span };
    }
  }
  return undefined;
}

/** Extra facts shown after the name: an intervention's type, a location's city and country. */
function itemDetail(item: AstNode, listKey: string, pointer: string): string | undefined {
  if (item.kind !== 'object') return undefined;
  if (pointer.startsWith('/resultsSection/')) return resultsItemDetail(item, listKey);
  const text = (key: string) => {
    const value = item.properties.find((p) => p.key === key)?.value;
    return value?.kind === 'string' ? (value.value as string) : undefined;
  };
  if (listKey === 'interventions') return text('type') && enumLabel('InterventionType', text('type')!);
  if (listKey === 'armGroups') return text('type') && enumLabel('ArmGroupType', text('type')!);
  if (listKey === 'locations') return [text('city'), text('country')].filter(Boolean).join(', ') || undefined;
  return undefined;
}

function detailOf(value: AstNode | undefined, pointer: string): string | undefined {
  if (!value) return undefined;
  if (value.kind === 'object' || value.kind === 'array') return fieldInfoAt(pointer)?.title;
  return value.value === null ? undefined : truncate(String(value.value));
}

function kindOf(node: AstNode | undefined): SymbolKind {
  return node?.kind ?? 'null';
}

function truncate(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 80 ? line.slice(0, 79) + '…' : line;
}
