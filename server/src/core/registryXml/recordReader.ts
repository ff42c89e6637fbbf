/**
 * Reads a v2 record by JSON pointer and remembers what was read, so that the export can
 * report every value it did not place (nothing is dropped in silence).
 */
export class RecordReader {
  readonly #used = new Set<string>();

  constructor(readonly root: unknown) {}

  /** Containers already looked up, so that reading sibling fields does not walk from the root each time. */
  readonly #containers = new Map<string, unknown>();

  /** The value at a pointer, without marking it as exported. */
  peek(pointer: string): unknown {
    if (pointer === '') return this.root;
    const slash = pointer.lastIndexOf('/');
    const parentPointer = pointer.slice(0, slash);
    let parent: unknown;
    if (parentPointer === '') parent = this.root;
    else if (this.#containers.has(parentPointer)) parent = this.#containers.get(parentPointer);
    else {
      parent = this.peek(parentPointer);
      this.#containers.set(parentPointer, parent);
    }
    const raw = pointer.slice(slash + 1);
    const key = raw.includes('~') ? raw.replace(/~1/g, '/').replace(/~0/g, '~') : raw;
    if (Array.isArray(parent)) return parent[Number(key)];
    if (parent !== null && typeof parent === 'object') return (parent as Record<string, unknown>)[key];
    return undefined;
  }

  /** Marks a pointer (and everything under it) as placed in the XML. */
  use(pointer: string): void {
    this.#used.add(pointer);
  }

  /** A scalar as text (numbers and booleans stringified), marked as placed. */
  text(pointer: string): string | undefined {
    const value = this.peek(pointer);
    if (typeof value === 'string') {
      this.use(pointer);
      return value;
    }
    if (typeof value === 'number' || typeof value === 'boolean') {
      this.use(pointer);
      return String(value);
    }
    return undefined;
  }

  /** A boolean, marked as placed. */
  bool(pointer: string): boolean | undefined {
    const value = this.peek(pointer);
    if (typeof value !== 'boolean') return undefined;
    this.use(pointer);
    return value;
  }

  /** The length of the array at a pointer (0 when it is not an array); items are read one by one. */
  count(pointer: string): number {
    const value = this.peek(pointer);
    return Array.isArray(value) ? value.length : 0;
  }

  /** Pointers of the array's items, for `for … of` loops. */
  items(pointer: string): string[] {
    return Array.from({ length: this.count(pointer) }, (_, index) => `${pointer}/${index}`);
  }

  /** Every scalar the export did not mark, as pointers. Empty containers and nulls carry nothing. */
  unused(): string[] {
    const out: string[] = [];
    const walk = (node: unknown, pointer: string) => {
      if (this.#used.has(pointer)) return;
      if (Array.isArray(node)) node.forEach((item, index) => walk(item, `${pointer}/${index}`));
      else if (node !== null && typeof node === 'object') {
        for (const key in node) {
          const escaped = /[~/]/.test(key) ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key;
          walk((node as Record<string, unknown>)[key], `${pointer}/${escaped}`);
        }
      } else if (node !== null && node !== undefined && node !== '') out.push(pointer);
    };
    walk(this.root, '');
    return out;
  }
}
