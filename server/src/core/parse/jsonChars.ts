/** Character codes of JSON punctuation, and small readers shared by the scanners that skip through JSON text. */
export const QUOTE = 34;
export const COMMA = 44;
export const COLON = 58;
const BACKSLASH = 92;
export const OPEN_BRACE = 123;
export const CLOSE_BRACE = 125;
export const OPEN_BRACKET = 91;
export const CLOSE_BRACKET = 93;

/** JSON's whitespace: space, line feed, carriage return, tab. */
export function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/** The end (after the closing quote) of the string whose opening quote is at `at`; the text's length if it has none. */
export function stringEnd(text: string, at: number): number {
  let close = text.indexOf('"', at + 1);
  // A quote after an odd run of backslashes is escaped.
  while (close !== -1 && isEscaped(text, close)) close = text.indexOf('"', close + 1);
  return close === -1 ? text.length : close + 1;
}

function isEscaped(text: string, quote: number): boolean {
  let backslashes = 0;
  while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
  return backslashes % 2 === 1;
}
