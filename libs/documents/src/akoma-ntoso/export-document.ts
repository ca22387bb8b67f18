/**
 * A version of a resolution as an Akoma Ntoso `statement`: preface (title, symbol),
 * preamble (enacting formula, recitals under their headings), mainBody (operative
 * sections of paragraphs and points), footnotes as `authorialNote`s at their markers.
 */
import { DocumentMetadata, LanguageCode, PartName, Provision, ResolutionDocument, Section } from '#libs/text';
import { AknContext, workNumber } from './context';
import { eIdOf } from './identifiers';
import { metaElement } from './meta';
import { AKN_NAMESPACE, LEDGER_NAMESPACE, LEDGER_PREFIX } from './namespaces';
import { LabelPlace, printedLabel } from './printed-labels';
import { NumberedFootnote, provisionInline } from './provision-text';
import { XmlElement, XmlNode, element, inline, serialize } from './xml-tree';

/**
 * What makes a file a language version's: the original it is a translation of (same work,
 * its own expression) and the provisions still printed in the original's words.
 */
export interface AknTranslation {
  readonly originalLanguage: LanguageCode;
  readonly originalTitle: string;
  /** Ids of the provisions awaiting translation (see languageEdition). */
  readonly awaiting: ReadonlySet<string>;
}

/** The Akoma Ntoso file of a document version, in its original language or (with `translation`) in another. */
export function exportAkomaNtoso(doc: ResolutionDocument, context: AknContext, translation?: AknTranslation): string {
  return serialize(akomaNtosoElement(doc, context, translation));
}

/** The `akomaNtoso` root of a document version, for callers that add to it. */
export function akomaNtosoElement(doc: ResolutionDocument, context: AknContext, translation?: AknTranslation): XmlElement {
  const number = workNumber(doc.metadata.symbol, context);
  const writer = new StatementWriter(doc, number);
  const names = {
    documentType: 'statement/resolution',
    number,
    language: doc.language,
    name: doc.title,
    ...(translation ? { original: { language: translation.originalLanguage, name: translation.originalTitle } } : {}),
  };
  return element('akomaNtoso', { xmlns: AKN_NAMESPACE, [`xmlns:${LEDGER_PREFIX}`]: LEDGER_NAMESPACE }, [
    element('statement', { name: 'resolution' }, [
      metaElement(names, context, [...ledgerFields(doc), ...awaitingFields(translation)]),
      writer.preface(),
      writer.preamble(),
      writer.mainBody(),
      doc.metadata.adoption !== undefined &&
        element(
          'conclusions',
          {},
          doc.metadata.adoption.split('\n').map((line) => inline('p', { class: 'adoption' }, [line])),
        ),
    ]),
  ]);
}

/** What the model holds and Akoma Ntoso has no element for: the style and every metadata field as given. */
function ledgerFields(doc: ResolutionDocument): XmlNode[] {
  const fields: XmlNode[] = [element(`${LEDGER_PREFIX}:text`, { style: doc.style, language: doc.language })];
  for (const [name, value] of Object.entries(doc.metadata as DocumentMetadata)) {
    if (value === undefined) continue;
    if (Array.isArray(value))
      fields.push(
        element(
          `${LEDGER_PREFIX}:list`,
          { name },
          value.map((entry) => inline(`${LEDGER_PREFIX}:entry`, {}, [entry])),
        ),
      );
    else fields.push(inline(`${LEDGER_PREFIX}:field`, { name }, [value]));
  }
  return fields;
}

/** The provisions a language version prints in the original's words until they are translated. */
function awaitingFields(translation: AknTranslation | undefined): XmlNode[] {
  if (!translation || translation.awaiting.size === 0) return [];
  return [
    element(
      `${LEDGER_PREFIX}:awaitingTranslation`,
      { language: translation.originalLanguage },
      [...translation.awaiting].map((id) => element(`${LEDGER_PREFIX}:provision`, { id })),
    ),
  ];
}

class StatementWriter {
  private readonly place: LabelPlace;
  private nextMarker = 1;

  constructor(
    private readonly doc: ResolutionDocument,
    private readonly number: string,
  ) {
    this.place = { language: doc.language, style: doc.style };
  }

  preface(): XmlElement {
    return element('preface', { 'xml:lang': this.doc.language }, [
      inline('p', { class: 'title' }, [inline('docTitle', {}, [this.doc.title])]),
      inline('p', { class: 'number' }, [inline('docNumber', {}, [this.number])]),
    ]);
  }

  preamble(): XmlElement | undefined {
    const { body, preamble } = this.doc;
    if (body === '' && preamble.length === 0) return undefined;
    return element('preamble', { 'xml:lang': this.doc.language }, [
      body !== '' && element('formula', { name: 'enactingFormula' }, [inline('p', {}, [body])]),
      ...preamble.map((section) => this.recitals(section)),
    ]);
  }

  mainBody(): XmlElement {
    const sections = this.doc.operative.map((section) =>
      element('hcontainer', { name: 'operativeSection', eId: eIdOf('section', section.id) }, [
        section.heading !== '' && inline('heading', {}, [section.heading]),
        ...section.provisions.map((provision, index) => this.operative(provision, 0, index, section.provisions.length, undefined)),
      ]),
    );
    // mainBody may not be empty: a text without operative part has an empty paragraph there.
    return element('mainBody', { 'xml:lang': this.doc.language }, sections.length > 0 ? sections : [inline('p', {})]);
  }

  /** A preamble section; one without provisions keeps its heading in a container, as recitals need one recital at least. */
  private recitals(section: Section): XmlElement {
    if (section.provisions.length === 0) {
      return element('container', { name: 'recitalsHeading', eId: eIdOf('emptyRecitals', section.id) }, [
        inline('p', {}, [section.heading]),
      ]);
    }
    return element('recitals', { eId: eIdOf('recitals', section.id) }, [
      section.heading !== '' && inline('heading', {}, [section.heading]),
      ...section.provisions.map((provision, index) => this.recital(provision, 'recital', 0, index, section.provisions.length, undefined)),
    ]);
  }

  /** A recital or, below it, an item of a blockList: the only shapes a preamble allows. */
  private recital(
    provision: Provision,
    kind: 'recital' | 'item',
    depth: number,
    index: number,
    siblings: number,
    marker: Provision['listMarker'],
  ): XmlElement {
    const eId = eIdOf(kind, provision.id);
    const children = provision.children;
    return element(kind, { eId, ...this.listMarker(provision) }, [
      this.num('preamble', depth, index, siblings, marker),
      inline('p', {}, provisionInline(provision.text, this.numbered(provision), eId)),
      children.length > 0 &&
        element(
          'blockList',
          { eId: eIdOf('list', provision.id) },
          children.map((child, i) => this.recital(child, 'item', depth + 1, i, children.length, provision.listMarker)),
        ),
    ]);
  }

  private operative(provision: Provision, depth: number, index: number, siblings: number, marker: Provision['listMarker']): XmlElement {
    const kind = depth === 0 ? 'paragraph' : 'point';
    const eId = eIdOf(kind, provision.id);
    const words = inline('p', {}, provisionInline(provision.text, this.numbered(provision), eId));
    const children = provision.children;
    return element(kind, { eId, ...this.listMarker(provision) }, [
      this.num('operative', depth, index, siblings, marker),
      ...(children.length === 0
        ? [element('content', {}, [words])]
        : [
            element('intro', {}, [words]),
            ...children.map((child, i) => this.operative(child, depth + 1, i, children.length, provision.listMarker)),
          ]),
    ]);
  }

  private num(part: PartName, depth: number, index: number, siblings: number, marker: Provision['listMarker']): XmlElement | undefined {
    const label = printedLabel(this.place, part, depth, index, siblings, marker);
    return label === '' ? undefined : inline('num', {}, [label]);
  }

  private listMarker(provision: Provision): Record<string, string | undefined> {
    return { [`${LEDGER_PREFIX}:listMarker`]: provision.listMarker };
  }

  /** Footnotes are numbered through the document, in reading order. */
  private numbered(provision: Provision): NumberedFootnote[] {
    return provision.footnotes.map((footnote) => ({ footnote, marker: this.nextMarker++ }));
  }
}
