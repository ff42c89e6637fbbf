/** Every syntax finding id the parsers report; all are errors unless they say otherwise. */
export const SYNTAX_FINDINGS: Readonly<
  Record<string, { readonly description: string; readonly severity?: 'warning' }>
> = {
  'syntax/invalid-json': { description: 'The file is not valid JSON.' },
  'syntax/invalid-yaml': { description: 'The file is not valid YAML.' },
  'syntax/duplicate-key': { description: 'A key appears twice in the same object; only the last value would be kept.' },
  'syntax/multiple-documents': {
    description: 'A YAML file holds more than one document; a record file holds one record.',
  },
  'syntax/unknown-alias': { description: 'A YAML alias refers to an anchor that is not defined.' },
  'syntax/empty-file': {
    description: 'The file is empty (reported by the command line; the editor stays quiet on a file being started).',
  },
  'syntax/alias-limit': { description: 'YAML aliases expand to too many values (a guard against alias bombs).' },
  'syntax/alias-cycle': { description: 'A YAML alias sits inside its own anchor, so its value would never end.' },
  'syntax/too-deep': { description: 'Values nested deeper than 500 levels; the part below is not checked.' },
  'syntax/too-many-problems': {
    description:
      'More than 500 syntax problems; the rest are counted in one finding. A record over 200 KB with that many is ' +
      'checked no further (no schema, rules, fixes or preview) until they are fewer.',
  },
  'internal/error': {
    description: 'Checking this file failed (a bug in Trial Record Studio); the other files are still checked.',
  },
  'syntax/record-too-large': {
    description:
      'The record is over 2 MB of JSON / 1.1 MB of YAML or has a YAML line over 100,000 characters (only syntax and ' +
      'schema are checked), or is over 3 MB of JSON / 1.2 MB of YAML or has over 60,000 YAML lines and commas ' +
      '(not checked).',
    severity: 'warning',
  },
};

/** The default severity of a syntax finding id. */
export function syntaxFindingSeverity(id: string): 'error' | 'warning' {
  return SYNTAX_FINDINGS[id]?.severity ?? 'error';
}
