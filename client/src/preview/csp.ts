/**
 * The preview's Content Security Policy: nothing by default, styles and images only from
 * the extension's own resources, and the one script that carries the nonce. Exported so
 * the Chromium test loads rendered records under exactly this policy.
 */
export function buildPreviewCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** A fresh nonce per page load (128 bits, hex). */
export function createNonce(): string {
  // Web Crypto: the same in Node 20 and in the web extension host.
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
