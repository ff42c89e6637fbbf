import { randomBytes } from 'node:crypto';

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

/** A fresh nonce per page load (128 bits, base64 without padding tricks). */
export function createNonce(): string {
  return randomBytes(16).toString('base64').replace(/[+/=]/g, (c) => ({ '+': '-', '/': '_', '=': '' })[c] ?? '');
}
