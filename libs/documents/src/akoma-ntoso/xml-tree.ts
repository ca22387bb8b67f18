/**
 * A small XML tree and its serialiser. Block elements are indented one per line; an
 * element marked `inline` holds mixed content and is written without added whitespace,
 * so that the words inside it come back exactly as they went out.
 */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string | undefined>>;
  readonly children: readonly XmlNode[];
  readonly inline: boolean;
}

export type XmlNode = XmlElement | string;

/** A block element: its children are elements, each on its own line. */
export function element(
  name: string,
  attributes: Record<string, string | undefined> = {},
  children: readonly (XmlNode | undefined | false)[] = [],
): XmlElement {
  return { name, attributes, children: children.filter(isNode), inline: false };
}

/** An element of mixed content (text with inline elements), written as it is. */
export function inline(
  name: string,
  attributes: Record<string, string | undefined> = {},
  children: readonly (XmlNode | undefined | false)[] = [],
): XmlElement {
  return { name, attributes, children: children.filter(isNode), inline: true };
}

function isNode(node: XmlNode | undefined | false): node is XmlNode {
  return node !== undefined && node !== false;
}

/** The document with its XML declaration. */
export function serialize(root: XmlElement): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  write(root, 0, out);
  out.push('\n');
  return out.join('');
}

function write(node: XmlElement, depth: number, out: string[]): void {
  const indent = '  '.repeat(depth);
  out.push(indent, '<', node.name, attributesOf(node));
  if (node.children.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  if (node.inline) {
    for (const child of node.children) writeInline(child, out);
  } else {
    for (const child of node.children) {
      out.push('\n');
      if (typeof child === 'string') out.push('  '.repeat(depth + 1), escapeText(child));
      else write(child, depth + 1, out);
    }
    out.push('\n', indent);
  }
  out.push('</', node.name, '>');
}

function writeInline(node: XmlNode, out: string[]): void {
  if (typeof node === 'string') {
    out.push(escapeText(node));
    return;
  }
  out.push('<', node.name, attributesOf(node));
  if (node.children.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (const child of node.children) writeInline(child, out);
  out.push('</', node.name, '>');
}

function attributesOf(node: XmlElement): string {
  let text = '';
  for (const [name, value] of Object.entries(node.attributes)) {
    if (value !== undefined) text += ` ${name}="${escapeAttribute(value)}"`;
  }
  return text;
}

// Characters XML 1.0 does not allow at all (lone surrogates included: the `u` flag matches
// only those) are dropped; a carriage return is written as a
// reference, since a parser turns a literal one into a line feed.
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

export function escapeText(text: string): string {
  return text.replace(forbidden, '').replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/\r/gu, '&#13;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/gu, '&quot;').replace(/\n/gu, '&#10;').replace(/\t/gu, '&#9;');
}
