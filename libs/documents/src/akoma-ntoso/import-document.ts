/**
 * Reads an Akoma Ntoso `statement` written by exportAkomaNtoso back into the document
 * model: ids from the eIds, words and footnotes from the inline content, labels derived
 * again from place (the printed `num`s are not identity), metadata from `proprietary`.
 */
import { DocumentMetadata, DocumentStyle, Footnote, LanguageCode, ListMarker, Provision, ResolutionDocument, Section } from '#libs/text';
import { EidKind, idFromEid } from './identifiers';
import {
  ReadElement,
  ReadNode,
  XML_READ_PROBLEMS_EN,
  XmlReadError,
  XmlReadProblemKey,
  childElements,
  fill,
  firstChild,
  localName,
  readXml,
  textContent,
} from './xml-reader';

/** Why a file is not an Akoma Ntoso statement this system can read, by key, in English (libs/web holds them in Arabic too). */
export const AKOMA_NTOSO_PROBLEMS_EN = {
  'akn.rootElement': 'the root element must be akomaNtoso',
  'akn.missing': '{name} is missing',
  'akn.style': "the text's style must be one of {allowed}",
  'akn.language': 'the language must be one of {allowed}',
  'akn.eIdNotA': 'eId "{eId}" does not name a {kind}',
  'akn.eIdTwice': 'eId "{eId}" is used twice',
  'akn.listMarker': 'listMarker must be dash or bullet, not "{marker}"',
} as const;

export type AkomaNtosoProblemKey = keyof typeof AKOMA_NTOSO_PROBLEMS_EN;

/**
 * A file that is not an Akoma Ntoso statement this system can read; `where` names the element
 * ("file" when it is not XML this reader accepts), `key` and `params` say why for the reader's language.
 */
export class AkomaNtosoFormatError extends Error {
  override readonly name = 'AkomaNtosoFormatError';
  readonly reason: string;

  constructor(
    readonly where: string,
    readonly key: AkomaNtosoProblemKey | XmlReadProblemKey,
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    const reason = fill({ ...AKOMA_NTOSO_PROBLEMS_EN, ...XML_READ_PROBLEMS_EN }[key], params);
    super(`${where}: ${reason}`);
    this.reason = reason;
  }
}

const LANGUAGES: readonly LanguageCode[] = ['ar', 'en', 'fr', 'es', 'ru', 'zh'];
const STYLES: readonly DocumentStyle[] = ['itu', 'unga'];

/** The document an Akoma Ntoso file holds; refuses what is not XML or not such a file. */
export function importAkomaNtoso(xml: string): ResolutionDocument {
  let root: ReadElement;
  try {
    root = readXml(xml);
  } catch (error) {
    if (error instanceof XmlReadError) throw new AkomaNtosoFormatError('file', error.key, error.params);
    throw error;
  }
  if (localName(root.name) !== 'akomaNtoso') throw new AkomaNtosoFormatError(root.name, 'akn.rootElement');
  const statement = required(root, 'statement', 'akomaNtoso');
  const meta = required(statement, 'meta', 'statement');
  const { style, language, metadata } = ledgerFields(meta);
  const preamble = firstChild(statement, 'preamble');
  const reader = new StatementReader();
  return {
    language,
    style,
    title: textContent(required(required(statement, 'preface', 'statement'), 'p', 'preface').children.find(isElement('docTitle')) ?? ''),
    body: preamble ? textContent(firstChild(firstChild(preamble, 'formula') ?? preamble, 'p') ?? '') : '',
    preamble: preamble ? reader.preambleSections(preamble) : [],
    operative: reader.operativeSections(required(statement, 'mainBody', 'statement')),
    metadata,
  };
}

function required(node: ReadElement, name: string, where: string): ReadElement {
  const child = firstChild(node, name);
  if (!child) throw new AkomaNtosoFormatError(where, 'akn.missing', { name });
  return child;
}

function isElement(name: string) {
  return (node: ReadNode): node is ReadElement => typeof node !== 'string' && localName(node.name) === name;
}

function ledgerFields(meta: ReadElement): { style: DocumentStyle; language: LanguageCode; metadata: DocumentMetadata } {
  const proprietary = firstChild(meta, 'proprietary');
  const text = proprietary && firstChild(proprietary, 'text');
  const style = text?.attributes.style as DocumentStyle | undefined;
  const language = (text?.attributes.language ?? languageOfExpression(meta)) as LanguageCode | undefined;
  if (!style || !STYLES.includes(style)) throw new AkomaNtosoFormatError('meta/proprietary', 'akn.style', { allowed: STYLES.join(', ') });
  if (!language || !LANGUAGES.includes(language))
    throw new AkomaNtosoFormatError('meta', 'akn.language', { allowed: LANGUAGES.join(', ') });
  const metadata: DocumentMetadata = {};
  for (const field of proprietary ? childElements(proprietary) : []) {
    const name = field.attributes.name;
    if (name === undefined) continue;
    if (localName(field.name) === 'field') metadata[name] = textContent(field);
    else if (localName(field.name) === 'list') metadata[name] = childElements(field, 'entry').map(textContent);
  }
  return { style, language, metadata };
}

function languageOfExpression(meta: ReadElement): string | undefined {
  const expression = firstChild(firstChild(meta, 'identification') ?? meta, 'FRBRExpression');
  return expression && firstChild(expression, 'FRBRlanguage')?.attributes.language;
}

/** The value of a foreign attribute by its local name, whatever prefix it was written with. */
function foreignAttribute(node: ReadElement, name: string): string | undefined {
  const key = Object.keys(node.attributes).find((attribute) => attribute.includes(':') && localName(attribute) === name);
  return key === undefined ? undefined : node.attributes[key];
}

class StatementReader {
  private readonly ids = new Set<string>();

  preambleSections(preamble: ReadElement): Section[] {
    const sections: Section[] = [];
    for (const child of childElements(preamble)) {
      const name = localName(child.name);
      if (name === 'recitals') {
        sections.push({
          id: this.id(child, 'recitals'),
          heading: headingOf(child),
          provisions: childElements(child, 'recital').map((recital) => this.blockProvision(recital, 'recital')),
        });
      } else if (name === 'container' && child.attributes.name === 'recitalsHeading') {
        sections.push({ id: this.id(child, 'emptyRecitals'), heading: textContent(firstChild(child, 'p') ?? ''), provisions: [] });
      }
    }
    return sections;
  }

  operativeSections(mainBody: ReadElement): Section[] {
    return childElements(mainBody, 'hcontainer').map((section) => ({
      id: this.id(section, 'section'),
      heading: headingOf(section),
      provisions: childElements(section, 'paragraph').map((paragraph) => this.hierarchyProvision(paragraph, 'paragraph')),
    }));
  }

  /** A recital or a blockList item: words in its `p`, sub-items in its `blockList`. */
  private blockProvision(node: ReadElement, kind: 'recital' | 'item'): Provision {
    const id = this.id(node, kind);
    const list = firstChild(node, 'blockList');
    const children = list ? childElements(list, 'item').map((item) => this.blockProvision(item, 'item')) : [];
    return provision(id, firstChild(node, 'p'), children, node);
  }

  /** A paragraph or point: words in `content/p` or `intro/p`, sub-items as points. */
  private hierarchyProvision(node: ReadElement, kind: 'paragraph' | 'point'): Provision {
    const id = this.id(node, kind);
    const words = firstChild(firstChild(node, 'content') ?? firstChild(node, 'intro') ?? node, 'p');
    const children = childElements(node, 'point').map((point) => this.hierarchyProvision(point, 'point'));
    return provision(id, words, children, node);
  }

  private id(node: ReadElement, kind: EidKind): string {
    const id = idFromEid(kind, node.attributes.eId);
    if (id === undefined) throw new AkomaNtosoFormatError(localName(node.name), 'akn.eIdNotA', { eId: node.attributes.eId ?? '', kind });
    if (this.ids.has(`${kind}:${id}`))
      throw new AkomaNtosoFormatError(localName(node.name), 'akn.eIdTwice', { eId: node.attributes.eId ?? '' });
    this.ids.add(`${kind}:${id}`);
    return id;
  }
}

function headingOf(node: ReadElement): string {
  const heading = firstChild(node, 'heading');
  return heading ? textContent(heading) : '';
}

function provision(id: string, words: ReadElement | undefined, children: Provision[], node: ReadElement): Provision {
  const { text, footnotes } = words ? inlineWords(words) : { text: '', footnotes: [] };
  const marker = foreignAttribute(node, 'listMarker');
  const base: Provision = { id, text, children, footnotes };
  if (marker === undefined) return base;
  if (marker !== 'dash' && marker !== 'bullet') throw new AkomaNtosoFormatError(localName(node.name), 'akn.listMarker', { marker });
  return { ...base, listMarker: marker as ListMarker };
}

interface MarkedNote {
  readonly footnote: Footnote;
  readonly marker: number;
  readonly wordsBefore: number;
  readonly givenAnchor?: number;
}

/** The words of a `p` and its footnotes, each anchored after the words before its note. */
function inlineWords(p: ReadElement): { text: string; footnotes: Footnote[] } {
  let text = '';
  const notes: MarkedNote[] = [];
  const walk = (node: ReadNode) => {
    if (typeof node === 'string') {
      text += node;
      return;
    }
    if (localName(node.name) !== 'authorialNote') {
      node.children.forEach(walk);
      return;
    }
    const id = idFromEid('note', node.attributes.eId);
    if (id === undefined)
      throw new AkomaNtosoFormatError('authorialNote', 'akn.eIdNotA', { eId: node.attributes.eId ?? '', kind: 'footnote' });
    const given = foreignAttribute(node, 'anchor');
    notes.push({
      footnote: { id, text: childElements(node, 'p').map(textContent).join('\n') },
      marker: Number(node.attributes.marker ?? notes.length + 1),
      wordsBefore: wordCount(text),
      ...(given !== undefined ? { givenAnchor: Number(given) } : {}),
    });
  };
  p.children.forEach(walk);
  const total = wordCount(text);
  // Footnotes stand in the model in the order they are numbered; a marker after the last word carries no anchor.
  const footnotes = [...notes]
    .sort((a, b) => a.marker - b.marker)
    .map(({ footnote, wordsBefore, givenAnchor }) => {
      const anchor = givenAnchor ?? (wordsBefore < total ? wordsBefore : undefined);
      return anchor === undefined ? footnote : { ...footnote, anchor };
    });
  return { text, footnotes };
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => word !== '').length;
}
