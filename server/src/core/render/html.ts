/**
 * HTML building blocks. Every string that comes from a record goes through `escapeHtml`
 * (text and attribute values alike); nothing else in the renderer writes record text.
 */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // NUL is an HTML parse error, and the renderer uses it to mark findings slots:
  // record text must never be able to forge one.
  '\u0000': '\uFFFD',
};

// eslint-disable-next-line no-control-regex -- NUL must be neutralised, see above.
const NEEDS_ESCAPE = /[&<>"'\u0000]/;
// eslint-disable-next-line no-control-regex -- as above.
const ESCAPE_ALL = /[&<>"'\u0000]/g;

/** Escapes text for use in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  // Most record strings need no escaping; skip the replace in that case (huge records).
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPE_ALL, (c) => ESCAPES[c] ?? c) : text;
}

const SAFE_SCHEME = /^(https?:|mailto:)/i;
const WEB_SCHEME = /^https?:\/\//i;

/** True for hrefs a reader may follow: http, https and mailto only. */
export function isSafeHref(href: string): boolean {
  return SAFE_SCHEME.test(href.trim());
}

/** A link for an http(s) URL; other schemes render as plain text. */
export function externalLink(url: string, text: string = url): string {
  const trimmed = url.trim();
  if (!WEB_SCHEME.test(trimmed)) return escapeHtml(text);
  return `<a href="${escapeHtml(trimmed)}" rel="noopener noreferrer">${escapeHtml(text)}</a>`;
}

/** A JSON pointer (RFC 6901) from a base pointer and more segments. */
export function pointerOf(base: string, ...segments: readonly (string | number)[]): string {
  let result = base;
  for (const segment of segments) {
    result += '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
  }
  return result;
}

/** "1 error", "3 warnings". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
