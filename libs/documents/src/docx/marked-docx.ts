/**
 * The marked text between two texts of a document as Word, in two forms: real tracked
 * changes (`w:ins` / `w:del` with the proposer as author and the decision's date), so that
 * Word's Accept All gives the later text exactly; or the body's printed convention (added
 * words underlined, struck words struck through, MOD / ADD / SUP before each changed line).
 */
import type { Paragraph } from 'docx';
import { ResolutionDocument, diffDocuments, markRevision } from '#libs/text';
import { closingLines, coverLines } from './cover';
import { diffFrameLines } from './frame-diff';
import { frameParagraph, frameStyle } from './frame-paragraphs';
import { BODY_LAYOUT } from './layout';
import { LineContext, paragraphMark, segmentRuns } from './lines';
import { MarkedForm, MarkedParagraphContext, footnoteAnchors, sectionParagraphs, tagParagraph } from './marked-paragraphs';
import { packageDocx } from './package';
import { RevisionAuthorship, RunWriter } from './runs';
import type { FrameLine } from './cover';

export type { MarkedForm } from './marked-paragraphs';
export type { RevisionAuthorship } from './runs';

export interface MarkedDocxOptions {
  readonly form: MarkedForm;
  /** Who changed a provision or section (by id): the proposer of the amendment, with the date of the decision that carried it. */
  readonly authorshipOf?: (id: string) => RevisionAuthorship | undefined;
  /** Who is named for every other change (the secretariat that published the text), and when. */
  readonly fallback: RevisionAuthorship;
}

/** The later text marked against the earlier one, as a .docx file. */
export async function renderMarkedDocx(
  before: ResolutionDocument,
  after: ResolutionDocument,
  options: MarkedDocxOptions,
): Promise<Uint8Array> {
  const writer = new RunWriter(after.language);
  const marked = markRevision(diffDocuments(before, after));
  const context: MarkedParagraphContext = {
    writer,
    form: options.form,
    style: after.style,
    anchors: footnoteAnchors(before, after),
    authorshipOf: (id) => options.authorshipOf?.(id) ?? options.fallback,
  };
  const frame = (lines: (doc: ResolutionDocument) => FrameLine[]): Paragraph[] =>
    diffFrameLines(lines(before), lines(after)).flatMap((change) => {
      const line: LineContext = { form: options.form, by: options.fallback, style: frameStyle(change.kind) };
      // A blank line is not printed as a change (nothing to strike or underline): the later version's stand, untagged.
      const blank = change.words.every((w) => w.text === '');
      if (options.form === 'printed' && blank) return change.inAfter ? [frameParagraph(writer, change.kind, [])] : [];
      const tag = !change.inBefore ? 'ADD' : !change.inAfter ? 'SUP' : change.words.some((w) => w.kind !== 'equal') ? 'MOD' : '';
      return [
        ...(options.form === 'printed' ? tagParagraph(writer, tag) : []),
        frameParagraph(writer, change.kind, segmentRuns(writer, change.words, line), paragraphMark(change.inBefore, change.inAfter, line)),
      ];
    });
  const paragraphs: Paragraph[] = frame(coverLines);
  if (before.body || after.body) {
    const line: LineContext = { form: options.form, by: options.fallback };
    paragraphs.push(
      ...(options.form === 'printed' ? tagParagraph(writer, marked.body.tag) : []),
      writer.paragraph(
        segmentRuns(writer, marked.body.words, line),
        BODY_LAYOUT,
        paragraphMark(before.body !== '', after.body !== '', line),
      ),
    );
  }
  for (const part of ['preamble', 'operative'] as const) {
    for (const section of marked.parts[part]) paragraphs.push(...sectionParagraphs(section, part, context));
  }
  paragraphs.push(...frame(closingLines));
  return packageDocx(writer, paragraphs, { title: after.title, trackRevisions: options.form === 'tracked' });
}
