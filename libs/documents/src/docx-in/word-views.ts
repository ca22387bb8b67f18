import { NumberingCounter, NumberingDefinitions } from './word-numbering';
import { Revision, WordParagraph, WordSegment } from './word-paragraphs';

/** The document as it read before the changes (all rejected) or as it reads after them (all accepted). */
export type View = 'before' | 'after';

/** A footnote's reference mark in a paragraph: how many words come before it. */
export interface PlacedReference {
  readonly footnoteId: string;
  readonly wordsBefore: number;
  readonly revision: Revision;
}

/** A paragraph as one view reads it. */
export interface ViewParagraph {
  /** The 1-based numbers of the Word paragraphs it is made of (more than one where a paragraph mark was removed). */
  readonly sources: readonly number[];
  /** The automatic number as Word prints it, where the paragraph is numbered. */
  readonly numberLabel?: string;
  /** The words, typed labels and tabs included, without footnote marks. */
  readonly text: string;
  readonly references: readonly PlacedReference[];
}

/** Whether a piece stands in a view: insertions are not there before, deletions not after. */
export function standsIn(revision: Revision, view: View): boolean {
  return view === 'after' ? revision !== 'deleted' : revision !== 'inserted';
}

/** The text pieces of a segment list as one view reads them. */
export function textIn(segments: readonly WordSegment[], view: View): string {
  return segments.map((segment) => (segment.kind === 'text' && standsIn(segment.revision, view) ? segment.text : '')).join('');
}

const words = (text: string) => text.split(/\s+/u).filter((word) => word !== '').length;

/**
 * The paragraphs of one view: pieces of the other left out, paragraphs whose mark is not
 * there joined to the next (as Word does), automatic numbers counted in that view.
 */
export function paragraphsInView(paragraphs: readonly WordParagraph[], view: View, numbering: NumberingDefinitions): ViewParagraph[] {
  const counter = new NumberingCounter(numbering);
  const out: ViewParagraph[] = [];
  let group: { paragraph: WordParagraph; number: number }[] = [];
  paragraphs.forEach((paragraph, i) => {
    group.push({ paragraph, number: i + 1 });
    if (!standsIn(paragraph.mark, view) && i < paragraphs.length - 1) return;
    const segments = group.flatMap((member) => member.paragraph.segments);
    const text = textIn(segments, view);
    // The joined paragraph is numbered as its first member that has words in this view.
    const numbered = group.find((member) => textIn(member.paragraph.segments, view).trim() !== '') ?? group[0];
    const list = numbered.paragraph.numbering;
    const numberLabel = list && text.trim() !== '' ? counter.next(list.numId, list.level) : undefined;
    out.push({
      sources: group.map((member) => member.number),
      ...(numberLabel ? { numberLabel } : {}),
      text,
      references: references(segments, view),
    });
    group = [];
  });
  return out;
}

function references(segments: readonly WordSegment[], view: View): PlacedReference[] {
  const out: PlacedReference[] = [];
  let before = '';
  for (const segment of segments) {
    if (!standsIn(segment.revision, view)) continue;
    if (segment.kind === 'text') before += segment.text;
    else out.push({ footnoteId: segment.footnoteId, wordsBefore: words(before.replace(/^[^\t]*\t/u, '')), revision: segment.revision });
  }
  return out;
}

/**
 * One view as the plain text the importers read (the seeds' form): a line per paragraph,
 * the automatic number and a tab before it, footnote marks as `[footnoteRef:n]` at their
 * word, the footnotes' bodies as `[n: ...]` after the text.
 */
export function plainSource(paragraphs: readonly ViewParagraph[], footnoteText: (id: string) => string | undefined): string {
  const bodies: string[] = [];
  const lines = paragraphs.map((paragraph) => {
    let text = paragraph.text;
    const placed = paragraph.references.filter((reference) => footnoteText(reference.footnoteId) !== undefined);
    bodies.push(...placed.map((reference) => footnoteText(reference.footnoteId) as string));
    // Marks go in from the last, so that each one's word count still holds.
    for (const reference of [...placed].reverse()) text = insertAfterWords(text, reference.wordsBefore, `[footnoteRef:${'\u0000'}]`);
    return (paragraph.numberLabel ? `${paragraph.numberLabel}\t` : '') + text;
  });
  let n = 0;
  const numbered = lines.join('\n').replace(/\[footnoteRef:\u0000\]/gu, () => `[footnoteRef:${++n}]`);
  return [numbered, ...bodies.map((body, i) => `[${i + 1}: ${body}]`)].join('\n');
}

/** The text with `insert` placed right after its first `count` words (after the typed label). */
function insertAfterWords(text: string, count: number, insert: string): string {
  const tab = /^[^\t]*\t/u.exec(text);
  const labelPart = tab ? tab[0] : '';
  const rest = text.slice(labelPart.length);
  if (count === 0) return labelPart + insert + rest;
  let seen = 0;
  const pattern = /\S+/gu;
  for (let match = pattern.exec(rest); match; match = pattern.exec(rest)) {
    if (++seen === count) {
      const end = match.index + match[0].length;
      return labelPart + rest.slice(0, end) + insert + rest.slice(end);
    }
  }
  return labelPart + rest + insert;
}
