/** Every syntax finding id the parsers report; all are errors. */
export const SYNTAX_FINDINGS: Readonly<Record<string, { readonly description: string }>> = {
  'syntax/invalid-json': { description: 'The file is not valid JSON.' },
  'syntax/invalid-yaml': { description: 'The file is not valid YAML.' },
  'syntax/duplicate-key': { description: 'A key appears twice in the same object; only the last value would be kept.' },
  'syntax/multiple-documents': { description: 'A YAML file holds more than one document; a record file holds one record.' },
  'syntax/unknown-alias': { description: 'A YAML alias refers to an anchor that is not defined.' },
  'syntax/empty-file': { description: 'The file is empty (reported by the command line; the editor stays quiet on a file being started).' },
  'syntax/alias-limit': { description: 'YAML aliases expand to too many values (a guard against alias bombs).' },
};
