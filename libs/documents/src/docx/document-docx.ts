/**
 * A text of a document (a version, the working text, the text as of a moment) as Word, in
 * the body's layout: cover and title, enacting body, headings in italics, lettered and
 * numbered provisions with hanging labels, and real footnotes at their anchors.
 */
import type { Paragraph } from 'docx';
import { PartName, Provision, ResolutionDocument, placesById } from '#libs/text';
import { anchorOffset } from './anchors';
import { closingLines, coverLines } from './cover';
import { frameParagraph, frameStyle } from './frame-paragraphs';
import { BODY_LAYOUT, HEADING_LAYOUT, HEADING_STYLE, provisionLayout } from './layout';
import { FootnoteMark, LineContext, labelledRuns, unchanged } from './lines';
import { packageDocx } from './package';
import { RunWriter } from './runs';

const CLEAN: LineContext = { form: 'clean', by: { author: '', date: '' } };

/** The document as a .docx file. */
export async function renderDocumentDocx(doc: ResolutionDocument): Promise<Uint8Array> {
  const writer = new RunWriter(doc.language);
  return packageDocx(writer, documentParagraphs(doc, writer), { title: doc.title });
}

/** The paragraphs of a document, its footnotes registered with the writer. */
export function documentParagraphs(doc: ResolutionDocument, writer: RunWriter): Paragraph[] {
  const places = placesById(doc);
  const paragraphs: Paragraph[] = coverLines(doc).map((line) =>
    frameParagraph(writer, line.kind, [writer.text(line.text, frameStyle(line.kind))]),
  );
  if (doc.body) paragraphs.push(writer.paragraph([writer.text(doc.body)], BODY_LAYOUT));
  const provisionParagraphs = (provision: Provision, part: PartName): Paragraph[] => {
    const place = places.get(provision.id);
    const label = place?.printedLabel ?? '';
    const depth = place?.depth ?? 0;
    const marks = provision.footnotes.map((note) => ({
      side: 'after' as const,
      offset: anchorOffset(provision.text, note.anchor),
      mark: { footnoteId: writer.footnote([writer.text(note.text)]) } satisfies FootnoteMark,
    }));
    const runs = labelledRuns(writer, unchanged(label), unchanged(provision.text), CLEAN, marks);
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
