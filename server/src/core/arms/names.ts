import { InterventionType } from '../model/enums';

/**
 * Name normalisation shared by every comparison of arm labels and intervention names (rules,
 * editing features, preview). Every function here runs in linear time: names come from
 * untrusted files, and a backtracking pattern on a 100k-character name froze the checker.
 */

/** Anything `normalizeText` would change besides case: most names have none of it. */
const NEEDS_MORE_THAN_LOWER_CASE = /[\u2010-\u2015\u2018\u2019]|[^\S ]| {2}|^ | $/;

/**
 * Lower case, unified dashes and quotes, collapsed whitespace. Not cached: a name is mostly normalised once per
 * record, and keeping the answers (a map lookup, and on a miss two copies and an insert) cost more than this does.
 */
export function normalizeText(text: string): string {
  // Lower-casing creates no dash, quote or space, so a text without them needs nothing else.
  if (!NEEDS_MORE_THAN_LOWER_CASE.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** A name reduced for fuzzy comparison: no punctuation around words, no plural `s` at the end of a word. */
export function nameKey(text: string): string {
  return normalizeText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\w+/g, (word) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word));
}

/** Registry prefixes of `interventionNames` entries: type labels, their PRS forms and the codes. */
const PREFIXES = new Map<string, string>();
for (const v of InterventionType.values) {
  PREFIXES.set(v.label.toLowerCase(), v.value);
  if (v.note) PREFIXES.set(v.note.toLowerCase(), v.value);
  PREFIXES.set(v.value.toLowerCase(), v.value);
}
const PREFIX_CHARACTERS = /^[A-Za-z/ _-]+$/;

/**
 * Splits `Drug: Aspirin` into the intervention type (`DRUG`) and the bare name; authored files
 * may omit the prefix, and a prefix that is not an intervention type is part of the name.
 */
export function splitInterventionRef(ref: string): { type: string | undefined; name: string } {
  const colon = ref.indexOf(':');
  const rest = colon < 0 ? '' : ref.slice(colon + 1);
  const prefix = ref.slice(0, Math.max(colon, 0)).trim();
  const type = rest !== '' && PREFIX_CHARACTERS.test(prefix) ? PREFIXES.get(prefix.toLowerCase()) : undefined;
  return type ? { type, name: rest.trim() } : { type: undefined, name: ref.trim() };
}
