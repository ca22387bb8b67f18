/**
 * Reads what a .docx says, run by run: the body's paragraphs in order (those in table cells
 * too), each run with its text, its tracked change (`w:ins` / `w:del`, with author and date),
 * its direction, language and marks, and the footnotes by id. The file is opened as every
 * upload is (`readWordPackage`: the upload limits, no DTD, no entity expanded) and refused
 * with UploadRefused.
 */
import { DEFAULT_UPLOAD_LIMITS, UploadLimits, XmlNode, decodeXmlText, readWordPackage } from '../upload-safety';

export type RevisionKind = 'plain' | 'insert' | 'delete';

export interface DocxRun {
  /** The run's text; a tab reads "\t", a line break "\n". Empty for a footnote reference. */
  readonly text: string;
  readonly revision: RevisionKind;
  readonly author?: string;
  readonly date?: string;
  readonly rightToLeft: boolean;
  /** `w:lang`: `w:val` and, for right-to-left scripts, `w:bidi`. */
  readonly language?: { readonly value?: string; readonly bidi?: string };
  readonly complexScriptFont?: string;
  readonly bold: boolean;
  readonly italics: boolean;
  readonly underline: boolean;
  readonly strike: boolean;
  /** The footnote the run references. */
  readonly footnoteId?: number;
}

export interface DocxParagraph {
  readonly runs: readonly DocxRun[];
  readonly rightToLeft: boolean;
  /** Whether the paragraph's own mark is a tracked insertion or deletion (the paragraph itself added or removed). */
  readonly mark: RevisionKind;
  /** Inside a table cell: the row and cell, counted from 0 in each table. */
  readonly cell?: { readonly table: number; readonly row: number; readonly column: number };
}

export interface DocxContent {
  readonly paragraphs: readonly DocxParagraph[];
  /** The footnotes' paragraphs, by footnote id (separators left out). */
  readonly footnotes: ReadonlyMap<number, readonly DocxParagraph[]>;
}

/** The paragraphs and footnotes of a .docx. */
export function readDocx(bytes: Uint8Array, limits: UploadLimits = DEFAULT_UPLOAD_LIMITS): DocxContent {
  const word = readWordPackage(bytes, limits);
  const paragraphs: DocxParagraph[] = [];
  const body = find(children(find(word.document, 'w:document')), 'w:body');
  collectParagraphs(children(body), paragraphs, { tables: 0 });
  const footnotes = new Map<number, DocxParagraph[]>();
  for (const note of children(find(word.footnotes ?? [], 'w:footnotes'))) {
    if (tagOf(note) !== 'w:footnote') continue;
    const type = attributes(note).type;
    if (type !== undefined && type !== 'normal') continue;
    const notes: DocxParagraph[] = [];
    collectParagraphs(children(note), notes, { tables: 0 });
    footnotes.set(Number(attributes(note).id), notes);
  }
  return { paragraphs, footnotes };
}

/** The text of a paragraph as it reads with its marks (struck words included). */
export function paragraphText(paragraph: DocxParagraph): string {
  return paragraph.runs.map((run) => run.text).join('');
}

function tagOf(node: XmlNode): string | undefined {
  return Object.keys(node).find((key) => key !== ':@');
}

function children(node: XmlNode | undefined): XmlNode[] {
  if (node === undefined) return [];
  const tag = tagOf(node);
  const value = tag === undefined ? undefined : node[tag];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function attributes(node: XmlNode): Record<string, string> {
  const raw = node[':@'] ?? {};
  // Attributes read without their namespace prefix (w:val → val), their references resolved.
  return Object.fromEntries(Object.entries(raw).map(([name, value]) => [name.replace(/^[^:]+:/u, ''), decodeXmlText(String(value))]));
}

function find(nodes: readonly XmlNode[], tag: string): XmlNode | undefined {
  return nodes.find((node) => tagOf(node) === tag);
}

interface TableCounter {
  tables: number;
}

function collectParagraphs(nodes: readonly XmlNode[], into: DocxParagraph[], counter: TableCounter, cell?: DocxParagraph['cell']): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === 'w:p') into.push(readParagraph(node, cell));
    else if (tag === 'w:tbl') {
      const table = counter.tables++;
      children(node)
        .filter((row) => tagOf(row) === 'w:tr')
        .forEach((row, rowIndex) =>
          children(row)
            .filter((c) => tagOf(c) === 'w:tc')
            .forEach((c, column) => collectParagraphs(children(c), into, counter, { table, row: rowIndex, column })),
        );
    } else if (tag === 'w:sdt' || tag === 'w:sdtContent' || tag === 'w:customXml') collectParagraphs(children(node), into, counter, cell);
  }
}

function isOn(node: XmlNode | undefined): boolean {
  if (node === undefined) return false;
  const value = attributes(node).val;
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value);
}

function readParagraph(node: XmlNode, cell: DocxParagraph['cell']): DocxParagraph {
  const properties = children(find(children(node), 'w:pPr'));
  const markProperties = children(find(properties, 'w:rPr'));
  const mark: RevisionKind = find(markProperties, 'w:del') ? 'delete' : find(markProperties, 'w:ins') ? 'insert' : 'plain';
  const runs: DocxRun[] = [];
  collectRuns(children(node), runs, { revision: 'plain' });
  return { runs, rightToLeft: isOn(find(properties, 'w:bidi')), mark, ...(cell ? { cell } : {}) };
}

interface Revision {
  readonly revision: RevisionKind;
  readonly author?: string;
  readonly date?: string;
}

const INSERTIONS = new Set(['w:ins', 'w:moveTo']);
const DELETIONS = new Set(['w:del', 'w:moveFrom']);
const SKIPPED = new Set(['w:pPr', 'w:proofErr', 'w:bookmarkStart', 'w:bookmarkEnd', 'w:commentRangeStart', 'w:commentRangeEnd']);

function collectRuns(nodes: readonly XmlNode[], into: DocxRun[], revision: Revision): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === undefined || tag === '#text' || SKIPPED.has(tag)) continue;
    if (tag === 'w:r') into.push(...readRun(node, revision));
    else if (INSERTIONS.has(tag) || DELETIONS.has(tag)) {
      const { author, date } = attributes(node);
      collectRuns(children(node), into, { revision: INSERTIONS.has(tag) ? 'insert' : 'delete', author, date });
    } else collectRuns(children(node), into, revision);
  }
}

function readRun(node: XmlNode, revision: Revision): DocxRun[] {
  const properties = children(find(children(node), 'w:rPr'));
  const language = find(properties, 'w:lang');
  const fonts = find(properties, 'w:rFonts');
  const underline = find(properties, 'w:u');
  const base = {
    revision: revision.revision,
    ...(revision.author !== undefined ? { author: revision.author } : {}),
    ...(revision.date !== undefined ? { date: revision.date } : {}),
    rightToLeft: isOn(find(properties, 'w:rtl')),
    ...(language ? { language: { value: attributes(language).val, bidi: attributes(language).bidi } } : {}),
    ...(fonts && attributes(fonts).cs ? { complexScriptFont: attributes(fonts).cs } : {}),
    bold: isOn(find(properties, 'w:b')),
    italics: isOn(find(properties, 'w:i')),
    underline: underline !== undefined && attributes(underline).val !== 'none',
    strike: isOn(find(properties, 'w:strike')) || isOn(find(properties, 'w:dstrike')),
  };
  const runs: DocxRun[] = [];
  let text = '';
  for (const child of children(node)) {
    switch (tagOf(child)) {
      case 'w:t':
      case 'w:delText':
        text += children(child)
          .map((t) => (typeof t['#text'] === 'string' ? decodeXmlText(t['#text']) : ''))
          .join('');
        break;
      case 'w:tab':
        text += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        text += '\n';
        break;
      case 'w:noBreakHyphen':
        text += '\u2011';
        break;
      case 'w:footnoteReference':
        if (text !== '') runs.push({ ...base, text });
        text = '';
        runs.push({ ...base, text: '', footnoteId: Number(attributes(child).id) });
        break;
    }
  }
  if (text !== '' || runs.length === 0) runs.push({ ...base, text });
  return runs;
}
