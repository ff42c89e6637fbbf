import type { Finding } from '../types';
import { escapeHtml } from './html';

/** Options a caller may pass to the renderer. */
export interface RenderOptions {
  /** ISO date (YYYY-MM-DD) used to flag estimated dates that have passed; no flags without it. */
  readonly today?: string;
  /** Collapse long location lists under `<details>` (default true; pages meant for print pass false). */
  readonly collapseLongLists?: boolean;
  /**
   * The record has more syntax problems than are listed: what the parser recovered from it (half a million empty
   * values from a megabyte of quotes) is not drawn, only the findings.
   */
  readonly tooBroken?: boolean;
}

/**
 * Collects the `data-pointer`s a render emits. Each pointered element gets a slot, a
 * NUL-delimited placeholder that `fillSlots` later replaces with the findings placed
 * there: placement needs every emitted pointer, so it happens after the render.
 * `escapeHtml` turns NUL into U+FFFD, so record text cannot forge a slot.
 */
export class RenderContext {
  readonly today: string | undefined;
  readonly collapseLongLists: boolean;
  readonly #slotOf = new Map<string, number>();
  #slotCount = 0;
  /** Every pointer some finding sits on or under: lets collapsed lists open where needed. */
  readonly #findingPrefixes = new Set<string>();

  constructor(findings: readonly Finding[], options: RenderOptions) {
    this.today = options.today;
    this.collapseLongLists = options.collapseLongLists ?? true;
    for (const finding of findings) {
      for (let p = finding.pointer; ; p = parentPointer(p)) {
        this.#findingPrefixes.add(p);
        if (p === '') break;
      }
    }
  }

  /** True when some finding concerns this pointer or something below it. */
  hasFindingsAt(pointer: string): boolean {
    return this.#findingPrefixes.has(pointer);
  }

  /** The placeholder for the findings of this pointer; only the first element of a pointer gets findings. */
  slot(pointer: string): string {
    if (this.#slotOf.has(pointer)) return '';
    const index = this.#slotCount++;
    this.#slotOf.set(pointer, index);
    return `\u0000${index}\u0000`;
  }

  /** A `data-pointer` attribute for an element that shows no findings of its own (inline text). */
  pointerAttribute(pointer: string): string {
    return ` data-pointer="${escapeHtml(pointer)}"`;
  }

  /** `<tag class data-pointer>head SLOT body</tag>`: findings sit below the element's heading. */
  block(tag: string, className: string, pointer: string, head: string, body: string, extraAttributes = ''): string {
    return (
      `<${tag} class="${className}" data-pointer="${escapeHtml(pointer)}"` +
      `${extraAttributes}>${head}${this.slot(pointer)}${body}</${tag}>`
    );
  }

  /** One label/value pair of a description list, findings inside the value. Omitted when the value is. */
  field(label: string, valueHtml: string | undefined, pointer: string): string {
    if (valueHtml === undefined || valueHtml === '') return '';
    return (
      `<div class="field" data-pointer="${escapeHtml(pointer)}"><dt>` +
      `${label}</dt><dd>${valueHtml}${this.slot(pointer)}</dd></div>`
    );
  }

  /**
   * The slot each finding goes to: its own pointer's, or the nearest ancestor's that was
   * rendered (longest prefix by pointer segments), or the root's.
   */
  placeFindings(findings: readonly Finding[]): Map<number, Finding[]> {
    const placed = new Map<number, Finding[]>();
    for (const finding of findings) {
      let slot: number | undefined;
      for (let p = finding.pointer; slot === undefined; p = parentPointer(p)) {
        slot = this.#slotOf.get(p);
        if (p === '') break;
      }
      if (slot === undefined) continue;
      const list = placed.get(slot);
      if (list) list.push(finding);
      else placed.set(slot, [finding]);
    }
    return placed;
  }
}

/** "/a/b/0" → "/a/b"; "/a" → "". */
export function parentPointer(pointer: string): string {
  const cut = pointer.lastIndexOf('/');
  return cut <= 0 ? '' : pointer.slice(0, cut);
}
