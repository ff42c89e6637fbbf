/** Every `schema/…` finding id with its default severity; docs and settings read this table. */
export const SCHEMA_FINDINGS = {
  'schema/type': {
    severity: 'error',
    description:
      'A value has the wrong type (text where a list is expected, a number written as text, an empty value).',
  },
  'schema/enum': {
    severity: 'error',
    description:
      "A value is not one of the registry's allowed values; " +
      'the message lists them with their labels and names the closest.',
  },
  'schema/format': {
    severity: 'error',
    description: "A date, age or NCT number is not written in the registry's format, or a date does not exist.",
  },
  'schema/too-long': {
    severity: 'error',
    description: "A text is longer than the registry's character limit (markdown escapes not counted).",
  },
  'schema/too-many': {
    severity: 'error',
    description: 'A list has more items than the registry accepts (e.g. more than two phases).',
  },
  'schema/too-few': {
    severity: 'error',
    description: 'A list has fewer items than the registry needs (e.g. no condition).',
  },
  'schema/range': { severity: 'error', description: 'A count is not a whole number of at least 0.' },
  'schema/unknown-key': {
    severity: 'warning',
    description: 'A key the registry does not know, usually a misspelling; the registry would drop it.',
  },
  'schema/required': {
    severity: 'error',
    description: 'A field the registry requires for this study type is missing.',
  },
  'schema/required-legacy': {
    severity: 'info',
    description:
      'A field the registry requires today is missing from a record whose ' +
      'study started before 2017-01-18, when it may not have been collected.',
  },
  'schema/conditionally-required': {
    severity: 'warning',
    description: 'A field is missing although its condition holds (e.g. Why Study Stopped for a terminated study).',
  },
  'schema/recommended': {
    severity: 'info',
    description:
      'A field the data element definitions list as required is missing, but published records often lack it.',
  },
} as const satisfies Record<string, { readonly severity: 'error' | 'warning' | 'info'; readonly description: string }>;

export type SchemaFindingId = keyof typeof SCHEMA_FINDINGS;

export const SCHEMA_FINDING_IDS = Object.keys(SCHEMA_FINDINGS) as readonly SchemaFindingId[];

/** The default severity of a schema finding id; undefined for ids that are not schema findings. */
export function schemaFindingSeverity(id: string): 'error' | 'warning' | 'info' | undefined {
  return (SCHEMA_FINDINGS as Record<string, { severity: 'error' | 'warning' | 'info' }>)[id]?.severity;
}
