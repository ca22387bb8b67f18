/**
 * Word's "Accept All Changes", done by reading the OOXML: insertions kept, deletions
 * dropped, and a paragraph whose own mark was deleted joined to the one after it (a
 * paragraph deleted whole disappears).
 */
import { DocxContent, DocxParagraph, DocxRun, paragraphText, readDocx } from './docx-reader';

/** The content with every tracked change accepted. */
export function acceptAllChanges(content: DocxContent): DocxContent {
  const footnotes = new Map([...content.footnotes].map(([id, paragraphs]) => [id, acceptParagraphs(paragraphs)]));
  return { paragraphs: acceptParagraphs(content.paragraphs), footnotes };
}

function acceptParagraphs(paragraphs: readonly DocxParagraph[]): DocxParagraph[] {
  const accepted: DocxParagraph[] = [];
  let carried: DocxRun[] = [];
  for (const paragraph of paragraphs) {
    const runs = [
      ...carried,
      ...paragraph.runs.filter((run) => run.revision !== 'delete').map((run): DocxRun => ({ ...run, revision: 'plain' })),
    ];
    if (paragraph.mark === 'delete') {
      carried = runs;
      continue;
    }
    carried = [];
    accepted.push({ ...paragraph, runs, mark: 'plain' });
  }
  // The last paragraph mark of a document cannot be deleted: what it carried stays as a paragraph of its own.
  if (carried.some((run) => run.text !== '' || run.footnoteId !== undefined))
    accepted.push({ runs: carried, rightToLeft: false, mark: 'plain' });
  return accepted;
}

/** A text read from Word: its paragraphs and, in the order they are referenced, its footnotes. */
export interface DocxText {
  readonly paragraphs: readonly string[];
  readonly footnotes: readonly string[];
}

/** The text of a .docx's content: paragraph texts (references left out) and the referenced footnotes' texts in reference order. */
export function textOf(content: DocxContent): DocxText {
  const references = content.paragraphs.flatMap((paragraph) =>
    paragraph.runs.flatMap((run) => (run.footnoteId === undefined ? [] : [run.footnoteId])),
  );
  return {
    paragraphs: content.paragraphs.map(paragraphText),
    footnotes: references.map((id) => (content.footnotes.get(id) ?? []).map(paragraphText).join('\n')),
  };
}

/** The text Word shows after Accept All Changes, read from the bytes of a .docx. */
export function acceptedText(bytes: Uint8Array): DocxText {
  return textOf(acceptAllChanges(readDocx(bytes)));
}
