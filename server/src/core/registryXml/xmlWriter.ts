/**
 * A minimal XML element tree and serializer. The export needs exact control of element
 * order (the XSD's sequences) and nothing else, so a few lines of escaping beat a builder
 * library whose object model would have to encode order in arrays anyway.
 */

export interface XmlElement {
  readonly name: string;
  readonly attributes?: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}

export type XmlNode = XmlElement | string;

/** Builds an element; `undefined` children are skipped so callers can write optional parts inline. */
export function el(name: string, ...children: (XmlNode | undefined | readonly (XmlNode | undefined)[])[]): XmlElement {
  return { name, children: flatten(children) };
}

/** Builds an element with attributes. */
export function elAttrs(
  name: string,
  attributes: Record<string, string>,
  ...children: (XmlNode | undefined | readonly (XmlNode | undefined)[])[]
): XmlElement {
  return { name, attributes, children: flatten(children) };
}

/** A text-only element, or `undefined` when there is no value (so optional elements vanish). */
export function leaf(name: string, value: string | undefined): XmlElement | undefined {
  return value === undefined ? undefined : { name, children: [value] };
}

function flatten(children: readonly (XmlNode | undefined | readonly (XmlNode | undefined)[])[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const child of children) {
    if (child === undefined) continue;
    if (Array.isArray(child)) {
      for (const item of child as readonly (XmlNode | undefined)[]) if (item !== undefined) out.push(item);
    } else out.push(child as XmlNode);
  }
  return out;
}

/** Characters XML 1.0 cannot carry at all, not even escaped. */
export const XML_INVALID_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const HAS_INVALID_CHAR = new RegExp(XML_INVALID_CHARS.source);
const NEEDS_ESCAPE = /[&<>\r]/;

/** Whether a text holds characters XML cannot carry. */
export function hasInvalidXmlChars(text: string): boolean {
  return HAS_INVALID_CHAR.test(text);
}

export function escapeText(text: string): string {
  // Most values need nothing: test once before running the replacements (large records hold 10⁵ values).
  const valid = HAS_INVALID_CHAR.test(text) ? text.replace(XML_INVALID_CHARS, '') : text;
  if (!NEEDS_ESCAPE.test(valid)) return valid;
  return valid.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** Serializes with two-space indentation; text content is written verbatim (escaped), never re-indented. */
export function serializeXml(root: XmlElement): string {
  const parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  write(root, 0, parts);
  return parts.join('');
}

const INDENTS: string[] = [];

function write(node: XmlElement, depth: number, parts: string[]): void {
  const indent = (INDENTS[depth] ??= '  '.repeat(depth));
  const attributes = node.attributes
    ? Object.entries(node.attributes)
        .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
        .join('')
    : '';
  if (node.children.length === 0) {
    parts.push(`${indent}<${node.name}${attributes}/>\n`);
    return;
  }
  if (node.children.every((child) => typeof child === 'string')) {
    parts.push(
      `${indent}<${node.name}${attributes}>${escapeText((node.children as string[]).join(''))}</${node.name}>\n`,
    );
    return;
  }
  parts.push(`${indent}<${node.name}${attributes}>\n`);
  for (const child of node.children) {
    if (typeof child === 'string') parts.push(escapeText(child));
    else write(child, depth + 1, parts);
  }
  parts.push(`${indent}</${node.name}>\n`);
}
