import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { UploadRefused } from './upload-refused';

/** An XML element in document order, as fast-xml-parser's `preserveOrder` gives it. */
export type XmlNode = { readonly [tag: string]: XmlNode[] | string | Readonly<Record<string, string>> | undefined } & {
  readonly ':@'?: Readonly<Record<string, string>>;
  readonly '#text'?: string;
};

// A document type declaration is where entities are declared, internal (billion laughs) or
// external (XXE): OOXML never needs one, so any is refused before parsing.
const DOCTYPE = /<!DOCTYPE|<!ENTITY/iu;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false,
  htmlEntities: false,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Parses one part of an upload with no DTD and no entity beyond XML's five and character references. */
export function parseUploadedXml(bytes: Uint8Array, part: string): XmlNode[] {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/u, '');
  if (DOCTYPE.test(text))
    throw new UploadRefused('xml-doctype-refused', `The part ${part} declares a document type; entities and DTDs are not processed.`, part);
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new UploadRefused('xml-malformed', `The part ${part} is not well-formed XML (line ${valid.err.line}).`, part);
  return parser.parse(text) as XmlNode[];
}

/** The text of an XML text node with the predefined entities and character references resolved (nothing else is an entity). */
export function decodeXmlText(raw: string): string {
  return raw.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return safeCodePoint(parseInt(name.slice(2), 16), whole);
    if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10), whole);
    return PREDEFINED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function safeCodePoint(code: number, whole: string): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}
