/**
 * A text of a document (a version, the working text, the text as of a moment) as Word, in
 * the body's layout: cover and title, enacting body, headings in italics, lettered and
 * numbered provisions with hanging labels, and real footnotes at their anchors.
 */
import type { Paragraph } from 'docx';
import { LanguageCode, PartName, Provision, ResolutionDocument, placesById } from '#libs/text';
import { awaitingTranslationNote } from '../language-edition';
import { anchorOffset } from './anchors';
import { closingLines, coverLines } from './cover';
import { frameParagraph, frameStyle } from './frame-paragraphs';
import { BODY_LAYOUT, HEADING_LAYOUT, HEADING_STYLE, provisionLayout } from './layout';
import { FootnoteMark, LineContext, labelledRuns, unchanged } from './lines';
import { packageDocx } from './package';
import { RunWriter } from './runs';

const CLEAN: LineContext = { form: 'clean', by: { author: '', date: '' } };

/** Provisions of a language version printed in the original's words, awaiting translation (see languageEdition). */
export interface AwaitingTranslation {
  readonly originalLanguage: LanguageCode;
  readonly awaiting: ReadonlySet<string>;
}

/** The document as a .docx file; provisions awaiting translation in the original's language, with a note. */
export async function renderDocumentDocx(doc: ResolutionDocument, translation?: AwaitingTranslation): Promise<Uint8Array> {
  const writer = new RunWriter(doc.language);
  return packageDocx(writer, documentParagraphs(doc, writer, translation), { title: doc.title });
}

/** The paragraphs of a document, its footnotes registered with the writer. */
export function documentParagraphs(doc: ResolutionDocument, writer: RunWriter, translation?: AwaitingTranslation): Paragraph[] {
  const places = placesById(doc);
  const paragraphs: Paragraph[] = coverLines(doc).map((line) =>
    frameParagraph(writer, line.kind, [writer.text(line.text, frameStyle(line.kind))]),
  );
  if (doc.body) paragraphs.push(writer.paragraph([writer.text(doc.body)], BODY_LAYOUT));
  const provisionParagraphs = (provision: Provision, part: PartName): Paragraph[] => {
    const place = places.get(provision.id);
    const label = place?.printedLabel ?? '';
    const depth = place?.depth ?? 0;
    const marks = () =>
      provision.footnotes.map((note) => ({
        side: 'after' as const,
        offset: anchorOffset(provision.text, note.anchor),
        mark: { footnoteId: writer.footnote([writer.text(note.text)]) } satisfies FootnoteMark,
      }));
    const runs = translation?.awaiting.has(provision.id)
      ? awaitingRuns(writer, label, provision, translation.originalLanguage)
      : labelledRuns(writer, unchanged(label), unchanged(provision.text), CLEAN, marks());
    const layout = provisionLayout(depth, label !== '', doc.style === 'unga' && part === 'preamble' && depth === 0);
    return [writer.paragraph(runs, layout), ...provision.children.flatMap((child) => provisionParagraphs(child, part))];
  };
  for (const part of ['preamble', 'operative'] as const) {
    for (const section of doc[part]) {
      if (section.heading) paragraphs.push(writer.paragraph([writer.text(section.heading, HEADING_STYLE)], HEADING_LAYOUT));
      for (const provision of section.provisions) paragraphs.push(...provisionParagraphs(provision, part));
    }
  }
  paragraphs.push(...closingLines(doc).map((line) => frameParagraph(writer, line.kind, [writer.text(line.text)])));
  return paragraphs;
}

/**
 * A provision awaiting translation: its label, the original's words in the original's
 * language and direction (their footnotes after them), and the note in the reader's.
 */
function awaitingRuns(writer: RunWriter, label: string, provision: Provision, originalLanguage: LanguageCode) {
  const footnotes = provision.footnotes.map((note) =>
    writer.footnoteReference(writer.footnote([writer.text(note.text, {}, undefined, originalLanguage)])),
  );
  return [
    ...labelledRuns(writer, unchanged(label), [], CLEAN),
    writer.text(provision.text, {}, undefined, originalLanguage),
    ...footnotes,
    writer.text(` ${awaitingTranslationNote(writer.language, originalLanguage)}`, { italics: true }),
  ];
}
