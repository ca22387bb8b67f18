/**
 * The lines of a marked text (markRevision's tree) as Word paragraphs, tracked or printed:
 * a provision's label, words and footnotes with what was added and struck, its paragraph
 * mark added or deleted with it; in print, the ITU's MOD / ADD / SUP before a changed line.
 */
import type { Paragraph } from 'docx';
import {
  MarkedFootnote,
  MarkedProvision,
  MarkedSection,
  PartName,
  ResolutionDocument,
  RevisionTag,
  placesById,
  textAfter,
  textBefore,
} from '#libs/text';
import { AnchoredMark, anchorOffset } from './anchors';
import { HEADING_LAYOUT, HEADING_STYLE, TAG_LAYOUT, TAG_STYLE, provisionLayout } from './layout';
import { FootnoteMark, LineContext, labelledRuns, paragraphMark, segmentRuns } from './lines';
import { RevisionAuthorship, RunWriter } from './runs';

export type MarkedForm = 'tracked' | 'printed';

/** Where the footnotes of each version are anchored, by provision and footnote id. */
export interface FootnoteAnchors {
  readonly before: ReadonlyMap<string, number | undefined>;
  readonly after: ReadonlyMap<string, number | undefined>;
}

export function footnoteAnchors(before: ResolutionDocument, after: ResolutionDocument): FootnoteAnchors {
  const anchors = (doc: ResolutionDocument) =>
    new Map(
      [...placesById(doc).values()].flatMap((place) =>
        place.provision.footnotes.map((note) => [`${place.provision.id}/${note.id}`, note.anchor] as const),
      ),
    );
  return { before: anchors(before), after: anchors(after) };
}

export interface MarkedParagraphContext {
  readonly writer: RunWriter;
  readonly form: MarkedForm;
  readonly style: ResolutionDocument['style'];
  readonly anchors: FootnoteAnchors;
  /** The proposer of the change to a provision or section, by id, and the date of the decision; the fallback otherwise. */
  readonly authorshipOf: (id: string) => RevisionAuthorship;
  /** In print, whether each changed line gets its MOD / ADD / SUP (a contribution tags each proposal once instead). */
  readonly tagEachLine?: boolean;
}

function printsTags(context: MarkedParagraphContext): boolean {
  return context.form === 'printed' && context.tagEachLine !== false;
}

/** The ITU tag paragraph, printed before a changed line. */
export function tagParagraph(writer: RunWriter, tag: RevisionTag): Paragraph[] {
  return tag === '' ? [] : [writer.paragraph([writer.text(tag, TAG_STYLE)], TAG_LAYOUT)];
}

export function sectionParagraphs(section: MarkedSection, part: PartName, context: MarkedParagraphContext): Paragraph[] {
  const { writer, form } = context;
  const line: LineContext = {
    form,
    by: context.authorshipOf(section.id),
    ...(section.whole ? { whole: section.whole } : {}),
    style: HEADING_STYLE,
  };
  const presentBefore = section.whole !== 'insert' && textBefore(section.words) !== '';
  const presentAfter = section.whole !== 'delete' && textAfter(section.words) !== '';
  const heading =
    presentBefore || presentAfter
      ? [
          ...(printsTags(context) ? tagParagraph(writer, section.tag) : []),
          writer.paragraph(segmentRuns(writer, section.words, line), HEADING_LAYOUT, paragraphMark(presentBefore, presentAfter, line)),
        ]
      : [];
  return [...heading, ...section.provisions.flatMap((provision) => provisionParagraphs(provision, part, context))];
}

export function provisionParagraphs(provision: MarkedProvision, part: PartName, context: MarkedParagraphContext): Paragraph[] {
  const { writer, form } = context;
  const by = context.authorshipOf(provision.id);
  const line: LineContext = { form, by, ...(provision.whole ? { whole: provision.whole } : {}) };
  const marks = provision.footnotes.map((note) => footnoteMark(provision, note, by, context));
  const presentBefore = provision.whole !== 'insert' && provision.moved !== 'here';
  const presentAfter = provision.whole !== 'delete' && provision.moved !== 'away';
  const labelled = provision.label.length > 0;
  const layout = provisionLayout(provision.depth, labelled, context.style === 'unga' && part === 'preamble' && provision.depth === 0);
  const tag = provision.tag !== '' ? provision.tag : provision.footnotes.some((note) => note.tag !== '') ? 'MOD' : '';
  return [
    ...(printsTags(context) ? tagParagraph(writer, tag) : []),
    writer.paragraph(
      labelledRuns(writer, provision.label, provision.words, line, marks),
      layout,
      paragraphMark(presentBefore, presentAfter, line),
    ),
    ...provision.children.flatMap((child) => provisionParagraphs(child, part, context)),
  ];
}

/** A footnote's body registered with its words marked, and its reference anchored in the version that has it. */
function footnoteMark(
  provision: MarkedProvision,
  note: MarkedFootnote,
  by: RevisionAuthorship,
  context: MarkedParagraphContext,
): AnchoredMark<FootnoteMark> {
  const { writer, form } = context;
  const side = note.whole === 'delete' ? 'before' : 'after';
  const text = side === 'before' ? textBefore(provision.words) : textAfter(provision.words);
  const anchor = context.anchors[side].get(`${provision.id}/${note.id}`);
  const footnoteId = writer.footnote(segmentRuns(writer, note.words, { form, by, ...(note.whole ? { whole: note.whole } : {}) }));
  return { side, offset: anchorOffset(text, anchor), mark: { footnoteId, ...(note.whole ? { kind: note.whole } : {}) } };
}
