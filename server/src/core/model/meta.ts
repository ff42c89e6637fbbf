import { z } from 'zod';
import type { EnumName } from './enums';

/** PRS requirement tiers (data model §0): Required, Required after the Final Rule, Conditional, Optional, Derived. */
export type RequirementCode = 'R' | 'R§' | 'C' | 'O' | 'D';

export type StudyTypeCode = 'INTERVENTIONAL' | 'OBSERVATIONAL' | 'EXPANDED_ACCESS';

/** What a conditional requirement looks at; every read is checked because records may be schema-invalid. */
export interface RequirementContext {
  readonly studyType: string | undefined;
  /** The object that holds, or should hold, the field. */
  readonly parent: Readonly<Record<string, unknown>>;
  /** The record's `protocolSection` (empty object when absent). */
  readonly protocol: Readonly<Record<string, unknown>>;
}

export interface Requirement {
  readonly code: RequirementCode;
  /** The condition in the registry's words, for hover and messages ("when Overall Status is Terminated"). */
  readonly condition?: string;
  /** The study types the requirement applies to; every type when absent. */
  readonly studyTypes?: readonly StudyTypeCode[];
  /** For `C`: true when the field becomes required. Without it a `C` field is never reported missing. */
  readonly when?: (context: RequirementContext) => boolean;
  /**
   * Why published records may lack the field although the definitions require it. A missing field
   * is then a reminder (`schema/recommended`), never an error.
   */
  readonly lenientBecause?: string;
}

/** Value formats that get a `schema/format` finding with a format-specific message. */
export type FieldFormat = 'partial-date' | 'date' | 'date-time-minutes' | 'age' | 'nct';

/** Metadata of one field: the single source for hover, completion, messages and the JSON Schema. */
export interface FieldMeta {
  /** The registry's label ("Brief Title"). */
  readonly title: string;
  readonly description: string;
  readonly requirement: Requirement;
  /** Character limit of the unescaped text. */
  readonly limit?: number;
  /** The limit comes from an unverified source: shown in hover, not enforced. */
  readonly limitUnverified?: boolean;
  readonly enumName?: EnumName;
  readonly format?: FieldFormat;
  /** Arrays: fewest and most items the registry accepts. */
  readonly minItems?: number;
  readonly maxItems?: number;
  /** Arrays: the noun for counting items in messages ("phases"). */
  readonly itemNoun?: string;
}

/** Field metadata by schema instance. Filled once when the model modules load; never written afterwards. */
export const fieldRegistry = z.registry<FieldMeta>();

export const optional: Requirement = { code: 'O' };
export const derived: Requirement = { code: 'D' };
export const required: Requirement = { code: 'R' };
export const requiredFinalRule: Requirement = { code: 'R§' };

export function requiredFor(
  studyTypes: readonly StudyTypeCode[],
  extra: Omit<Requirement, 'code' | 'studyTypes'> = {},
): Requirement {
  return { code: 'R', studyTypes, ...extra };
}

export function conditional(
  condition: string,
  when?: Requirement['when'],
  extra: Omit<Requirement, 'code' | 'condition' | 'when'> = {},
): Requirement {
  return when ? { code: 'C', condition, when, ...extra } : { code: 'C', condition, ...extra };
}

const studyTypeWords: Record<StudyTypeCode, string> = {
  INTERVENTIONAL: 'interventional',
  OBSERVATIONAL: 'observational',
  EXPANDED_ACCESS: 'expanded access',
};

/** "Required for interventional studies", "Optional", … — how hover and messages name a requirement. */
export function describeRequirement(requirement: Requirement): string {
  const scope = requirement.studyTypes
    ? ` for ${requirement.studyTypes.map((t) => studyTypeWords[t]).join(' and ')} studies`
    : '';
  switch (requirement.code) {
    case 'R':
      return `Required${scope}`;
    case 'R§':
      return `Required${scope} when the study starts on or after 2017-01-18 (FDAAA 801 Final Rule)`;
    case 'C':
      return `Conditionally required${requirement.condition ? `: ${requirement.condition}` : ''}`;
    case 'O':
      return 'Optional';
    case 'D':
      return 'Set by the registry; do not edit';
  }
}
