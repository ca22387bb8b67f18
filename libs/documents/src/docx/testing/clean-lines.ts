/**
 * What Word should read for a text, taken from the engine's clean text (the plain-text
 * rendering the secretariat prints): its lines in order, with footnote markers where the
 * notes are anchored, and the notes apart.
 */
import { ResolutionDocument, renderCleanText, superscriptMarkerFor } from '#libs/text';
import { DocxContent } from '../docx-reader';

const NOTES_RULE = '__________';

export function cleanTextLines(doc: ResolutionDocument): { lines: string[]; notes: string } {
  const text = renderCleanText(doc).replace(/\n$/u, '');
  const rule = text.lastIndexOf(`\n\n${NOTES_RULE}\n`);
  const main = rule >= 0 ? text.slice(0, rule) : text;
  const notes = rule >= 0 ? text.slice(rule + NOTES_RULE.length + 3) : '';
  return { lines: main.split('\n').filter((line) => line !== ''), notes };
}

/** How the clean text marks the n-th footnote (1-based). */
export function footnoteMarker(doc: ResolutionDocument, n: number): string {
  return doc.style === 'unga' ? `(${n})` : superscriptMarkerFor(n);
}

/** Word's paragraphs with each footnote reference written as the clean text marks it, and the notes as the clean text lists them. */
export function wordLines(doc: ResolutionDocument, content: DocxContent): { lines: string[]; notes: string } {
  let n = 0;
  const ids: number[] = [];
  // Blank lines are empty paragraphs in Word, and left out of the clean text's lines likewise.
  const lines = content.paragraphs
    .filter((paragraph) => paragraph.runs.some((run) => run.text !== '' || run.footnoteId !== undefined))
    .map((paragraph) =>
      paragraph.runs
        .map((run) => {
          if (run.footnoteId === undefined) return run.text;
          ids.push(run.footnoteId);
          return footnoteMarker(doc, ++n);
        })
        .join(''),
    );
  const notes = ids
    .map((id, i) => {
      const text = (content.footnotes.get(id) ?? []).map((p) => p.runs.map((run) => run.text).join('')).join('\n');
      return `${footnoteMarker(doc, i + 1)}${doc.style === 'unga' ? ' ' : '\t'}${text}`;
    })
    .join('\n');
  return { lines, notes };
}
