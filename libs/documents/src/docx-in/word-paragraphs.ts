import { XmlNode, decodeXmlText } from '../upload-safety';

/** Whether a piece of a paragraph was inserted or deleted: by tracked changes, or by the body's printed marks (underlined, struck through). */
export type Revision = 'inserted' | 'deleted' | undefined;

/** One piece of a paragraph in reading order: words, or a footnote's reference mark. */
export type WordSegment =
  | { readonly kind: 'text'; readonly text: string; readonly revision: Revision; readonly underline: boolean; readonly strike: boolean }
  | {
      readonly kind: 'footnote';
      readonly footnoteId: string;
      readonly revision: Revision;
      readonly underline: boolean;
      readonly strike: boolean;
    };

export interface WordParagraph {
  readonly segments: readonly WordSegment[];
  /** The paragraph mark itself tracked as inserted or deleted (Word joins a paragraph whose mark is deleted to the next). */
  readonly mark: Revision;
  /** Automatic numbering (`w:numPr`): the list and its level. */
  readonly numbering?: { readonly numId: string; readonly level: number };
  /** Right to left (`w:bidi`). */
  readonly rightToLeft: boolean;
}

export interface WordBody {
  readonly paragraphs: readonly WordParagraph[];
  /** Whether any tracked change (`w:ins`, `w:del`, moves) stands in the document. */
  readonly hasTrackedChanges: boolean;
  /** The section properties' `w:bidi`: the document reads right to left. */
  readonly rightToLeft: boolean;
}

type Attributes = Readonly<Record<string, string>>;

/** The tag of a node (its one key besides attributes and text). */
export function tagOf(node: XmlNode): string | undefined {
  return Object.keys(node).find((key) => key !== ':@');
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  const children = tag === undefined ? undefined : node[tag];
  return Array.isArray(children) ? children : [];
}

/** The attributes of a node, their character and predefined entity references resolved. */
export function attributesOf(node: XmlNode): Attributes {
  const attributes = node[':@'];
  return attributes ? Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, decodeXmlText(value)])) : {};
}

export function findChild(node: XmlNode, tag: string): XmlNode | undefined {
  return childrenOf(node).find((child) => tagOf(child) === tag);
}

/** A toggle property (`w:strike`, `w:bidi`) is on unless its value says off. */
function isOn(node: XmlNode | undefined): boolean {
  if (!node) return false;
  const value = attributesOf(node)['w:val'];
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value);
}

const INSERTING = new Set(['w:ins', 'w:moveTo']);
const DELETING = new Set(['w:del', 'w:moveFrom']);
// Containers whose content reads as part of the paragraph.
const TRANSPARENT = new Set(['w:hyperlink', 'w:smartTag', 'w:customXml', 'w:sdt', 'w:sdtContent', 'w:fldSimple', 'w:bdo', 'w:dir']);
// Properties, proposed formatting and the like: no words in them.
const SILENT = new Set([
  'w:pPr',
  'w:rPr',
  'w:proofErr',
  'w:bookmarkStart',
  'w:bookmarkEnd',
  'w:commentRangeStart',
  'w:commentRangeEnd',
  'w:permStart',
  'w:permEnd',
]);

/** The paragraphs of a body (`w:body`, or a footnote), tables and content controls walked through, in reading order. */
export function readParagraphs(container: XmlNode, found: { tracked: boolean }): WordParagraph[] {
  const out: WordParagraph[] = [];
  for (const child of childrenOf(container)) {
    const tag = tagOf(child);
    if (tag === 'w:p') out.push(readParagraph(child, found));
    else if (tag === 'w:tbl' || tag === 'w:tr' || tag === 'w:tc' || tag === 'w:sdt' || tag === 'w:sdtContent' || tag === 'w:customXml')
      out.push(...readParagraphs(child, found));
    else if (tag !== undefined && (INSERTING.has(tag) || DELETING.has(tag))) {
      found.tracked = true;
      out.push(...readParagraphs(child, found));
    }
  }
  return out;
}

function readParagraph(paragraph: XmlNode, found: { tracked: boolean }): WordParagraph {
  const properties = findChild(paragraph, 'w:pPr');
  const markProperties = properties && findChild(properties, 'w:rPr');
  const mark: Revision =
    markProperties && findChild(markProperties, 'w:ins')
      ? 'inserted'
      : markProperties && findChild(markProperties, 'w:del')
        ? 'deleted'
        : undefined;
  if (mark) found.tracked = true;
  const numPr = properties && findChild(properties, 'w:numPr');
  const numId = numPr && findChild(numPr, 'w:numId') && attributesOf(findChild(numPr, 'w:numId')!)['w:val'];
  const level = Number((numPr && findChild(numPr, 'w:ilvl') && attributesOf(findChild(numPr, 'w:ilvl')!)['w:val']) ?? 0);
  const segments: WordSegment[] = [];
  collectSegments(paragraph, undefined, segments, found);
  return {
    segments,
    mark,
    ...(numId && numId !== '0' ? { numbering: { numId, level: Number.isInteger(level) ? level : 0 } } : {}),
    rightToLeft: isOn(properties && findChild(properties, 'w:bidi')),
  };
}

function collectSegments(node: XmlNode, revision: Revision, out: WordSegment[], found: { tracked: boolean }): void {
  for (const child of childrenOf(node)) {
    const tag = tagOf(child);
    if (tag === undefined || SILENT.has(tag)) continue;
    if (INSERTING.has(tag) || DELETING.has(tag)) {
      found.tracked = true;
      collectSegments(child, INSERTING.has(tag) ? 'inserted' : 'deleted', out, found);
    } else if (tag === 'w:r') readRun(child, revision, out);
    else if (TRANSPARENT.has(tag)) collectSegments(child, revision, out, found);
  }
}

function readRun(run: XmlNode, revision: Revision, out: WordSegment[]): void {
  const properties = findChild(run, 'w:rPr');
  const underline = isOn(properties && findChild(properties, 'w:u'));
  const strike = isOn(properties && findChild(properties, 'w:strike')) || isOn(properties && findChild(properties, 'w:dstrike'));
  // Hidden text (`w:vanish`) is not read: it is not part of the document as printed.
  if (isOn(properties && findChild(properties, 'w:vanish'))) return;
  const push = (text: string) => {
    const last = out[out.length - 1];
    if (last?.kind === 'text' && last.revision === revision && last.underline === underline && last.strike === strike)
      out[out.length - 1] = { ...last, text: last.text + text };
    else out.push({ kind: 'text', text, revision, underline, strike });
  };
  for (const child of childrenOf(run)) {
    const tag = tagOf(child);
    if (tag === 'w:t' || tag === 'w:delText') push(textOf(child));
    else if (tag === 'w:tab' || tag === 'w:ptab') push('\t');
    else if (tag === 'w:br' || tag === 'w:cr') push(' ');
    else if (tag === 'w:noBreakHyphen') push('\u2011');
    else if (tag === 'w:footnoteReference')
      out.push({ kind: 'footnote', footnoteId: attributesOf(child)['w:id'] ?? '', revision, underline, strike });
  }
}

function textOf(node: XmlNode): string {
  return childrenOf(node)
    .map((child) => (typeof child['#text'] === 'string' ? decodeXmlText(child['#text']) : ''))
    .join('');
}

/** The body of `word/document.xml`: its paragraphs, whether it carries tracked changes, and its direction. */
export function readBody(document: XmlNode[]): WordBody {
  const root = document.find((node) => tagOf(node) === 'w:document');
  const body = root && findChild(root, 'w:body');
  const found = { tracked: false };
  const paragraphs = body ? readParagraphs(body, found) : [];
  const sectionProperties = body && findChild(body, 'w:sectPr');
  const rightToLeftSection = isOn(sectionProperties && findChild(sectionProperties, 'w:bidi'));
  const rtlParagraphs = paragraphs.filter((p) => p.rightToLeft).length;
  return { paragraphs, hasTrackedChanges: found.tracked, rightToLeft: rightToLeftSection || rtlParagraphs * 2 > paragraphs.length };
}

/** The footnotes of `word/footnotes.xml` by id (separators left out), each as its paragraphs. */
export function readFootnotes(footnotes: XmlNode[] | undefined): Map<string, WordParagraph[]> {
  const out = new Map<string, WordParagraph[]>();
  const root = footnotes?.find((node) => tagOf(node) === 'w:footnotes');
  if (!root) return out;
  for (const footnote of childrenOf(root)) {
    if (tagOf(footnote) !== 'w:footnote') continue;
    const attributes = attributesOf(footnote);
    if (
      attributes['w:type'] === 'separator' ||
      attributes['w:type'] === 'continuationSeparator' ||
      attributes['w:type'] === 'continuationNotice'
    )
      continue;
    out.set(attributes['w:id'] ?? '', readParagraphs(footnote, { tracked: false }));
  }
  return out;
}
