import { z } from 'zod';
import {
  ENUMS,
  FINAL_RULE_DATE,
  earliestDay,
  fieldInfoAt,
  metaOf,
  objectShape,
  studySchema,
  unwrapOptional,
  type FieldMeta,
  type Requirement,
  type RequirementContext,
} from '../model';
import type { ReportedFinding } from '../types';
import type { SchemaFindingId } from './findingIds';
import { placeholderFor } from './placeholder';
import { isJsonObject, toPointer } from './pointers';
import type { SchemaCache } from './validateStudy';

interface Walk {
  readonly studyType: string | undefined;
  /** The study started before the Final Rule, under rules that did not collect every field required today. */
  readonly isLegacy: boolean;
  readonly protocol: Readonly<Record<string, unknown>>;
  readonly findings: ReportedFinding[];
  /** Missing fields found past `MAX_MISSING_LISTED` (counted, not described). */
  readonly unlisted: { count: number };
  /** Each module's missing fields from an earlier check, by the module's value. */
  readonly cache?: SchemaCache;
}

/**
 * One module's missing fields and everything they depend on besides the module itself: the study type, the
 * start date's era, and what the conditions read of the protocol (one condition asks how many arms it has).
 */
export interface MissingFields {
  readonly studyType: string | undefined;
  readonly isLegacy: boolean;
  readonly protocolReads: ReadonlyMap<PropertyKey, unknown>;
  /** The protocol when a condition looked at all of it (listed its keys): then every module counts. */
  readonly wholeProtocol: Readonly<Record<string, unknown>> | undefined;
  readonly findings: readonly ReportedFinding[];
  readonly unlisted: number;
}

/**
 * Missing fields listed per record; the rest are counted in one more finding. 12,000 outcome measures without a
 * title must not become 12,000 diagnostics, nor take seconds to describe each.
 */
export const MAX_MISSING_LISTED = 500;

function objectAt(value: unknown, key: string): Readonly<Record<string, unknown>> {
  if (!isJsonObject(value)) return {};
  const child = value[key];
  return isJsonObject(child) ? child : {};
}

/**
 * Missing fields a consistency rule reports with more context (one problem, one finding): the schema stays quiet on
 * them. Keyed by the pointer of the missing field.
 */
export const REPORTED_BY_RULES: ReadonlyMap<string, string> = new Map([
  ['/protocolSection/statusModule/whyStopped', 'status/why-stopped-missing'],
  ['/protocolSection/armsInterventionsModule/armGroups', 'arms/final-rule-without-arms, arms/no-arm-groups'],
  [
    '/protocolSection/sponsorCollaboratorsModule/responsibleParty/investigatorFullName',
    'contacts/responsible-investigator-incomplete',
  ],
  [
    '/protocolSection/sponsorCollaboratorsModule/responsibleParty/investigatorTitle',
    'contacts/responsible-investigator-incomplete',
  ],
  [
    '/protocolSection/sponsorCollaboratorsModule/responsibleParty/investigatorAffiliation',
    'contacts/responsible-investigator-incomplete',
  ],
]);

/** Which finding a missing field gets, if any. */
function missingFindingId(
  requirement: Requirement,
  walk: Walk,
  context: RequirementContext,
): SchemaFindingId | undefined {
  if (requirement.studyTypes && !requirement.studyTypes.some((type) => type === walk.studyType)) return undefined;
  switch (requirement.code) {
    case 'R':
      if (requirement.lenientBecause) return 'schema/recommended';
      return walk.isLegacy ? 'schema/required-legacy' : 'schema/required';
    case 'R§':
      return walk.isLegacy ? undefined : 'schema/required';
    case 'C':
      return requirement.when?.(context) ? 'schema/conditionally-required' : undefined;
    default:
      return undefined;
  }
}

function studyTypeWords(studyType: string | undefined): string {
  return studyType ? (ENUMS.StudyType.values.find((v) => v.value === studyType)?.label.toLowerCase() ?? '') : '';
}

function missingMessage(
  id: SchemaFindingId,
  parentTitle: string,
  key: string,
  title: string,
  requirement: Requirement,
  studyType: string | undefined,
): string {
  const missing = `${parentTitle} is missing ${title} (${key})`;
  const scope = requirement.studyTypes ? ` for ${studyTypeWords(studyType)} studies` : '';
  switch (id) {
    case 'schema/required':
      return requirement.code === 'R§'
        ? `${missing}, required${scope} when the study starts on or after ${FINAL_RULE_DATE}.`
        : `${missing}, required${scope}.`;
    case 'schema/required-legacy':
      return (
        `${missing}. The registry requires it${scope} today; ` +
        `studies that started before ${FINAL_RULE_DATE} may lack it.`
      );
    case 'schema/recommended':
      return (
        `${missing}, which the registry's definitions require${scope}; ` +
        `${requirement.lenientBecause ?? 'published records often leave it out'}.`
      );
    default:
      return `${missing}, required ${requirement.condition ?? 'here'}.`;
  }
}

/**
 * The schema tree reduced to what the walk needs, built once from the static model. Only the keys that can lead to a
 * finding are kept: half of the model's keys can neither be missing (optional, registry-generated) nor hold one that
 * can, among them most keys of the results' measurements, counts and statistics, of which a record may hold thousands.
 */
interface PlanNode {
  readonly schema: z.ZodType;
  /** Objects: each key that can lead to a finding, in the model's order, with its schema, metadata and own plan. */
  readonly fields?: readonly { readonly key: string; readonly meta: FieldMeta | undefined; readonly node: PlanNode }[];
  /** Arrays of objects whose items can hold a finding: the item plan. */
  readonly items?: PlanNode;
}

function compilePlan(schema: z.ZodType): PlanNode {
  const inner = unwrapOptional(schema);
  if (inner instanceof z.ZodArray) {
    const element = unwrapOptional(inner.element as z.ZodType);
    const items = element instanceof z.ZodObject ? compilePlan(element) : undefined;
    return items && canLeadToFinding(items) ? { schema: inner, items } : { schema: inner };
  }
  const shape = objectShape(inner);
  if (!shape) return { schema: inner };
  const fields = Object.entries(shape).map(([key, child]) => ({ key, meta: metaOf(child), node: compilePlan(child) }));
  return { schema: inner, fields: fields.filter(({ meta, node }) => canBeMissing(meta) || canHoldFinding(meta, node)) };
}

/** Reported when missing, at least for some records (`walkValue` skips the rest). */
function canBeMissing(meta: FieldMeta | undefined): boolean {
  return meta !== undefined && meta.requirement.code !== 'O' && meta.requirement.code !== 'D';
}

/** Walked into when present: registry-generated parts hold nothing an author must fill in, so they are not. */
function canHoldFinding(meta: FieldMeta | undefined, node: PlanNode): boolean {
  return meta?.requirement.code !== 'D' && canLeadToFinding(node);
}

function canLeadToFinding(node: PlanNode): boolean {
  return node.items !== undefined || (node.fields !== undefined && node.fields.length > 0);
}

const studyPlan = compilePlan(studySchema);

function reportMissing(
  path: readonly PropertyKey[],
  key: string,
  meta: FieldMeta,
  node: PlanNode,
  id: SchemaFindingId,
  walk: Walk,
): void {
  if (walk.findings.length >= MAX_MISSING_LISTED) {
    walk.unlisted.count++;
    return;
  }
  const pointer = toPointer(path);
  const parentTitle = fieldInfoAt(pointer)?.title ?? 'The record';
  const isArrayItem = typeof path[path.length - 1] === 'number';
  walk.findings.push({
    ruleId: id,
    message: missingMessage(id, parentTitle, key, meta.title, meta.requirement, walk.studyType),
    pointer,
    ...(pointer !== '' && !isArrayItem ? { target: 'key' as const } : {}),
    data: { missingKey: key },
    fixes: [
      {
        title: `Add ${meta.title}`,
        safe: false,
        isPreferred: true,
        fillIn: true,
        operations: [
          { op: 'add', path: toPointer([...path, key]), value: placeholderFor(node.schema, walk.studyType) },
        ],
      },
    ],
  });
}

function isBlankText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() === '';
}

/** The protocol as one module's conditions see it, noting what they read of it. */
function watchProtocol(protocol: Readonly<Record<string, unknown>>) {
  const reads = new Map<PropertyKey, unknown>();
  let whole = false;
  const view = new Proxy(protocol, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      reads.set(key, value);
      return value;
    },
    has(target, key) {
      whole = true;
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      whole = true;
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(target, key) {
      whole = true;
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
  return { view, reads, sawWhole: () => whole };
}

function sameProtocolAs(missing: MissingFields, protocol: Readonly<Record<string, unknown>>): boolean {
  for (const [key, value] of missing.protocolReads) if (Reflect.get(protocol, key) !== value) return false;
  const whole = missing.wholeProtocol;
  if (!whole) return true;
  const keys = Reflect.ownKeys(protocol);
  const wholeKeys = Reflect.ownKeys(whole);
  return (
    keys.length === wholeKeys.length &&
    keys.every((key, index) => key === wholeKeys[index] && Reflect.get(protocol, key) === Reflect.get(whole, key))
  );
}

/** A module's missing fields, from the cache when neither the module nor what they depend on changed. */
function walkModule(node: PlanNode, module: Readonly<Record<string, unknown>>, path: PropertyKey[], walk: Walk): void {
  const cached = walk.cache?.get(module);
  if (!cached || cached.pointer !== toPointer(path)) {
    walkValue(node, module, path, walk);
    return;
  }
  const missing = cached.missing;
  if (
    missing &&
    missing.studyType === walk.studyType &&
    missing.isLegacy === walk.isLegacy &&
    sameProtocolAs(missing, walk.protocol)
  ) {
    for (const finding of missing.findings) walk.findings.push(finding);
    walk.unlisted.count += missing.unlisted;
    return;
  }
  const watched = watchProtocol(walk.protocol);
  const own: Walk = { ...walk, protocol: watched.view, findings: [], unlisted: { count: 0 } };
  walkValue(node, module, path, own);
  for (const finding of own.findings) walk.findings.push(finding);
  walk.unlisted.count += own.unlisted.count;
  cached.missing = {
    studyType: walk.studyType,
    isLegacy: walk.isLegacy,
    protocolReads: watched.reads,
    wholeProtocol: watched.sawWhole() ? walk.protocol : undefined,
    findings: own.findings,
    unlisted: own.unlisted.count,
  };
}

/** `path` is a shared stack: pushed and popped around each step, copied only when reporting. */
function walkValue(node: PlanNode, value: unknown, path: PropertyKey[], walk: Walk): void {
  if (node.items) {
    if (!Array.isArray(value)) return;
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      walkValue(node.items, value[index], path, walk);
      path.pop();
    }
    return;
  }
  if (!node.fields || !isJsonObject(value)) return;
  let context: RequirementContext | undefined;
  for (const { key, meta, node: child } of node.fields) {
    const childValue = value[key];
    // Empty or blank text is no answer: `briefTitle: ""` is as missing as no briefTitle.
    if (childValue !== undefined && !isBlankText(childValue)) {
      path.push(key);
      // The modules of a section are walked one by one, each through the cache.
      if (path.length === 2 && walk.cache && isJsonObject(childValue)) walkModule(child, childValue, path, walk);
      else walkValue(child, childValue, path, walk);
      path.pop();
      continue;
    }
    if (!meta || meta.requirement.code === 'O' || meta.requirement.code === 'D') continue;
    context ??= { studyType: walk.studyType, parent: value, protocol: walk.protocol };
    const id = missingFindingId(meta.requirement, walk, context);
    if (id && !REPORTED_BY_RULES.has(toPointer([...path, key]))) reportMissing(path, key, meta, child, id, walk);
  }
}

/**
 * Missing fields, judged by each field's requirement metadata: the study type decides which fields
 * apply, the start date decides whether Final Rule (`R§`) fields are due.
 */
export function requirementFindings(study: unknown, cache?: SchemaCache): ReportedFinding[] {
  if (!isJsonObject(study)) return [];
  const protocol = objectAt(study, 'protocolSection');
  const rawType = objectAt(protocol, 'designModule').studyType;
  const studyType =
    typeof rawType === 'string' && (ENUMS.StudyType.codes as readonly string[]).includes(rawType) ? rawType : undefined;
  const startDate = objectAt(objectAt(protocol, 'statusModule'), 'startDateStruct').date;
  // No start date yet means a new record, which today's rules govern.
  const startedBeforeFinalRule =
    typeof startDate === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(startDate) && earliestDay(startDate) < FINAL_RULE_DATE;
  // The registry redacts withheld records (unapproved devices); their gaps are the registry's, not the author's.
  const isLegacy = startedBeforeFinalRule || objectAt(protocol, 'statusModule').overallStatus === 'WITHHELD';
  const walk: Walk = { studyType, isLegacy, protocol, findings: [], unlisted: { count: 0 }, cache };
  walkValue(studyPlan, study, [], walk);
  // Modules walked apart (through the cache) list up to the limit each: the record lists the first ones of all.
  const listed = walk.findings.slice(0, MAX_MISSING_LISTED);
  const unlisted = walk.findings.length - listed.length + walk.unlisted.count;
  if (unlisted > 0) listed.push(unlistedFinding(unlisted, listed[listed.length - 1]));
  return listed;
}

/** The one finding that stands for `count` missing fields not listed, placed on the last one listed. */
function unlistedFinding(count: number, last: ReportedFinding): ReportedFinding {
  return {
    ruleId: last.ruleId,
    message:
      `${count.toLocaleString('en-US')} more missing fields are not shown. ` +
      'Fix the ones listed; the rest often follow from the same cause.',
    pointer: last.pointer,
    data: { messageId: 'omitted', omitted: count },
  };
}
