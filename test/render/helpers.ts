import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DOMParser } from 'linkedom';
import type { Finding, Severity } from '../../server/src/core/types';

/** The shared corpus of published records, next to the repository (optional). */
export const CORPUS_DIR = resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'v2json');

/** The seed record NCT01547091, transcribed from the registry page (v2 shape). */
export function seedStudy(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', 'seed.json'), 'utf8')) as Record<string, unknown>;
}

/** Parses an HTML fragment the way a browser would, for querying. */
export function parseFragment(html: string): Document {
  return new DOMParser().parseFromString(
    `<!DOCTYPE html><html><body>${html}</body></html>`,
    'text/html',
  ) as unknown as Document;
}

export function finding(
  pointer: string,
  severity: Severity,
  message = `a ${severity} at ${pointer}`,
  ruleId = 'test/rule',
): Finding {
  return {
    ruleId,
    message,
    pointer,
    severity,
    span: { start: 0, end: 0 },
    docsUrl: `https://example.org/rules#${ruleId}`,
  };
}

/** The normalized text of an element. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
