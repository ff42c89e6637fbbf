import type { Severity } from '../types';

/** What the export or import could not carry, with the record location it is about. */
export interface RegistryXmlFinding {
  /** `export/…` or `import/…`. */
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  /** JSON pointer into the v2 record (export) or the imported record (import). */
  readonly pointer: string;
  /** The XML element concerned, when there is one. */
  readonly element?: string;
}

/** The ids of the export and import findings, with what each means (for docs and `rules`). */
export const REGISTRY_XML_FINDINGS = {
  'export/no-place': 'The field has no element in the registry upload XML; its value does not reach the registry.',
  'export/registry-assigned':
    'The field is set by the registry (dates posted, NCT id, derived data); uploads cannot carry it.',
  'export/value-not-allowed': 'The value has no equivalent among the XSD values; what was written instead is stated.',
  'export/missing-required': 'The XSD requires an element the record does not fill; an empty element was written.',
  'export/missing-setting':
    'The registry needs a value a record file does not hold (e.g. the PRS organisation name); set it.',
  'import/not-mapped': 'An element of the XML has no field in the v2 record; its content was not imported.',
  'import/value-not-recognised': 'An XML value matches no v2 code; it was imported as written.',
  'import/value-inferred':
    'The classic XML left out a value the registry implies (e.g. ' +
    'allocation N/A for a single-group study); it was filled in.',
  'import/not-xml': 'The file is not well-formed XML or not a registry record.',
} as const;

export type RegistryXmlFindingId = keyof typeof REGISTRY_XML_FINDINGS;
