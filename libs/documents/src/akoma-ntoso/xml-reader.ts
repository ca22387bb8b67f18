/**
 * Reads XML into a plain tree with fast-xml-parser, entity processing off: a document
 * type declaration is refused outright (no DTDs, so no external entities and no entity
 * expansion), and only the five predefined entities and character references are decoded.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface ReadElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly ReadNode[];
}

export type ReadNode = ReadElement | string;

/** Why a file is not XML this reader accepts, by key, in English (libs/web holds them in Arabic too). */
export const XML_READ_PROBLEMS_EN = {
  'xml.doctype': 'a document type declaration is not accepted (no DTDs, no entities)',
  'xml.malformed': 'not well-formed XML: {why} (line {line})',
  'xml.oneRoot': 'an XML document has exactly one root element',
  'xml.noCharacter': '&{entity}; is no character',
} as const;

export type XmlReadProblemKey = keyof typeof XML_READ_PROBLEMS_EN;

/** A file that is not well-formed XML, or declares a document type; `key` and `params` say why for the reader's language. */
export class XmlReadError extends Error {
  override readonly name = 'XmlReadError';

  constructor(
    readonly key: XmlReadProblemKey,
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    super(fill(XML_READ_PROBLEMS_EN[key], params));
  }
}

/** An English template with its `{name}` placeholders filled. */
export function fill(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) => params[name] ?? whole);
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: '#comment',
  cdataPropName: '#cdata',
});

/** The root element of an XML text. */
export function readXml(xml: string): ReadElement {
  if (/<!DOCTYPE|<!ENTITY/iu.test(xml)) throw new XmlReadError('xml.doctype');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new XmlReadError('xml.malformed', { why: valid.err.msg, line: String(valid.err.line) });
  const roots = (parser.parse(xml) as RawNode[]).map(convert).filter((node): node is ReadElement => typeof node !== 'string');
  if (roots.length !== 1) throw new XmlReadError('xml.oneRoot');
  return roots[0];
}

type RawNode = Record<string, unknown>;

function convert(raw: RawNode): ReadNode | undefined {
  if ('#text' in raw) return decode(String(raw['#text']));
  if ('#cdata' in raw) return (raw['#cdata'] as RawNode[]).map((node) => String(node['#text'] ?? '')).join('');
  if ('#comment' in raw) return undefined;
  const name = Object.keys(raw).find((key) => key !== ':@');
  if (name === undefined) return undefined;
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries((raw[':@'] as Record<string, unknown> | undefined) ?? {}))
    attributes[key] = decode(String(value));
  const children = (raw[name] as RawNode[]).map(convert).filter((node): node is ReadNode => node !== undefined);
  return { name, attributes, children };
}

const predefined: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/gu, (_, entity: string) => {
    if (!entity.startsWith('#')) return predefined[entity];
    const codePoint = entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
    if (codePoint > 0x10ffff) throw new XmlReadError('xml.noCharacter', { entity });
    return String.fromCodePoint(codePoint);
  });
}

/** The element children of an element, by local name (namespace prefixes ignored). */
export function childElements(node: ReadElement, name?: string): ReadElement[] {
  return node.children.filter(
    (child): child is ReadElement => typeof child !== 'string' && (name === undefined || localName(child.name) === name),
  );
}

export function firstChild(node: ReadElement, name: string): ReadElement | undefined {
  return childElements(node, name)[0];
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** All the text inside an element, its descendants' included. */
export function textContent(node: ReadNode): string {
  return typeof node === 'string' ? node : node.children.map(textContent).join('');
}
