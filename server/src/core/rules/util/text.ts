/** Text helpers shared by the rules that compare names and free text. */

// Names are normalised in one place, the arms module; rules comparing other text use the same functions.
export { nameKey, normalizeText } from '../../arms/names';

/**
 * Only letters and digits, for "is this text copied from that one" checks. Lower case is all of `normalizeText`
 * that survives here (its dashes, quotes and spaces go with the other non-alphanumerics), so it is not called.
 */
export function compactText(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Names an item that has no label by its position, 1-based and saying so: `no. 2 (counting from 1)`. */
export function position(index: number): string {
  return `no. ${index + 1} (counting from 1)`;
}

/** Cuts a text for a message to `max` characters, the last one an ellipsis. */
export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Any whitespace but a single space between words: what `collapseWhitespace` would change. */
const NOT_COLLAPSED = /[^\S ]| {2}|^ | $/;

/** `text` with each run of whitespace as one space, and none at either end; `text` itself (no copy) when it is so. */
export function collapseWhitespace(text: string): string {
  return NOT_COLLAPSED.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** Quotes a value for a message. */
export function quote(text: string, max = 60): string {
  return `"${clip(collapseWhitespace(text), max)}"`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

const PLACEBO = /\b(placebo|dummy|vehicle|saline|sugar pill|inactive|inert)\b/i;
const SHAM = /\b(sham|simulated|mock|placebo|fake|inactive|detuned|switched off|turned off)\b/i;

export function isPlaceboLike(text: string): boolean {
  return PLACEBO.test(text);
}

export function isShamLike(text: string): boolean {
  return SHAM.test(text);
}
