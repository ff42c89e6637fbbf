/**
 * Read access to a parsed XML element (fast-xml-parser's object form) that remembers which
 * children were read, so the import can report every element it did not map.
 */
export type RawXml = string | { [key: string]: unknown };

export class XmlNode {
  readonly #used = new Set<string>();
  readonly #children = new Map<string, XmlNode[]>();

  constructor(
    readonly raw: RawXml,
    /** Slash path of the element, e.g. `/clinical_study/location[2]/facility`. */
    readonly path: string,
    private readonly registry: XmlNode[],
    /** Trim leaf text (classic XML pads values); the upload XML is read verbatim. */
    private readonly trim: boolean,
  ) {
    registry.push(this);
  }

  /** Child elements of a name (repeated ones as a list). */
  all(name: string): XmlNode[] {
    this.#used.add(name);
    const cached = this.#children.get(name);
    if (cached) return cached;
    const value = typeof this.raw === 'string' ? undefined : this.raw[name];
    const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
    const nodes = list.map(
      (item, index) =>
        new XmlNode(
          item as RawXml,
          `${this.path}/${name}${list.length > 1 ? `[${index + 1}]` : ''}`,
          this.registry,
          this.trim,
        ),
    );
    this.#children.set(name, nodes);
    return nodes;
  }

  one(name: string): XmlNode | undefined {
    return this.all(name)[0];
  }

  /** The element's own text ('' when empty). */
  value(): string {
    const raw =
      typeof this.raw === 'string' ? this.raw : typeof this.raw['#text'] === 'string' ? this.raw['#text'] : '';
    return this.trim ? raw.trim() : raw;
  }

  /** A child's text, or undefined when the child is absent or empty. */
  text(name: string): string | undefined {
    const value = this.one(name)?.value();
    return value === '' ? undefined : value;
  }

  /** A child's text exactly as written (classic text blocks need their indentation to be unwrapped). */
  untrimmed(name: string): string | undefined {
    const child = this.one(name);
    if (!child) return undefined;
    return typeof child.raw === 'string'
      ? child.raw
      : typeof child.raw['#text'] === 'string'
        ? child.raw['#text']
        : undefined;
  }

  /** A `<name><textblock>…</textblock></name>` child's text. */
  textBlock(name: string): string | undefined {
    const child = this.one(name);
    return child ? child.text('textblock') : undefined;
  }

  texts(name: string): string[] {
    return this.all(name)
      .map((child) => child.value())
      .filter((value) => value !== '');
  }

  attribute(name: string): string | undefined {
    if (typeof this.raw === 'string') return undefined;
    const value = this.raw[`@_${name}`];
    return typeof value === 'string' ? value : undefined;
  }

  /** Marks children as deliberately ignored (derived or metadata elements). */
  ignore(...names: string[]): void {
    for (const name of names) this.#used.add(name);
  }

  /** Child element names present but never read. */
  unused(): string[] {
    if (typeof this.raw === 'string') return [];
    return Object.keys(this.raw).filter(
      (key) => key !== '#text' && !key.startsWith('@_') && !key.startsWith('?') && !this.#used.has(key),
    );
  }
}
