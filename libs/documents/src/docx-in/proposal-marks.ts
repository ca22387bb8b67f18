import { Revision, WordParagraph, WordSegment } from './word-paragraphs';
import { textIn } from './word-views';

/** The body's margin marks: modified, added, suppressed. */
export type ProposalMark = 'MOD' | 'ADD' | 'SUP';

/** A paragraph of a contribution with what the reader gathered around it. */
export interface MarkedParagraph {
  /** 1-based, in the Word document. */
  readonly number: number;
  readonly paragraph: WordParagraph;
  /** The margin mark that governs it, in the printed convention. */
  readonly mark?: ProposalMark;
  /** The reasons paragraph that follows its proposal. */
  readonly reasons?: string;
}

const MARK = /^\s*(MOD|ADD|SUP)\b[\t \u00A0]*/u;
// The mark paragraph may carry the proposal's reference ("MOD RCC/71A1/1") and nothing else.
const MARK_ONLY = /^\s*(MOD|ADD|SUP)\b(?:[\t \u00A0]+[A-Z0-9][\w./-]*)?\s*$/u;
const REASONS = /^\s*(Reasons?|Motifs?|Motivos?|Причины|الأسباب|理由)\s*[:：]\s*/iu;

/**
 * The paragraphs of a contribution ready to compare: margin marks and reasons paragraphs
 * taken out (each reason given to the proposals before it); without tracked changes, the
 * printed convention read as revisions (underlined = inserted, struck = deleted; an ADD
 * paragraph inserted, a SUP paragraph deleted), only under a margin mark when the document
 * has any, so that an underlined title is not read as an insertion.
 */
export function markedParagraphs(
  paragraphs: readonly WordParagraph[],
  tracked: boolean,
): { paragraphs: MarkedParagraph[]; orphanReasons: { number: number; text: string }[] } {
  const orphanReasons: { number: number; text: string }[] = [];
  const anyMark = paragraphs.some((p) => MARK.test(textIn(p.segments, 'after')) || MARK.test(textIn(p.segments, 'before')));
  const out: { number: number; paragraph: WordParagraph; mark?: ProposalMark; reasons?: string }[] = [];
  let mark: ProposalMark | undefined;
  let awaitingReasons: number[] = [];
  paragraphs.forEach((paragraph, i) => {
    const whole = paragraph.segments.map((s) => (s.kind === 'text' ? s.text : '')).join('');
    const reasons = REASONS.exec(whole);
    if (reasons) {
      const explanation = whole.slice(reasons[0].length).replace(/\s+/gu, ' ').trim();
      for (const at of awaitingReasons) out[at].reasons = explanation;
      if (awaitingReasons.length === 0) orphanReasons.push({ number: i + 1, text: explanation });
      awaitingReasons = [];
      mark = undefined;
      return;
    }
    const marked = MARK.exec(whole);
    if (marked) mark = marked[1] as ProposalMark;
    if (marked && MARK_ONLY.test(whole)) return;
    const unmarked = marked ? withoutLeadingMark(paragraph, marked[0].length) : paragraph;
    const read = tracked || (anyMark && mark === undefined) ? unmarked : printedRevisions(unmarked, mark);
    if (read.segments.some((s) => s.revision !== undefined) || mark !== undefined) awaitingReasons.push(out.length);
    out.push({ number: i + 1, paragraph: read, ...(mark ? { mark } : {}) });
  });
  return { paragraphs: out, orphanReasons };
}

function withoutLeadingMark(paragraph: WordParagraph, length: number): WordParagraph {
  let left = length;
  const segments: WordSegment[] = [];
  for (const segment of paragraph.segments) {
    if (left > 0 && segment.kind === 'text') {
      const cut = Math.min(left, segment.text.length);
      left -= cut;
      if (segment.text.length > cut) segments.push({ ...segment, text: segment.text.slice(cut) });
      continue;
    }
    segments.push(segment);
  }
  return { ...paragraph, segments };
}

function printedRevisions(paragraph: WordParagraph, mark: ProposalMark | undefined): WordParagraph {
  const revisionOf = (segment: WordSegment): Revision => {
    if (mark === 'ADD') return 'inserted';
    if (mark === 'SUP') return 'deleted';
    return segment.strike ? 'deleted' : segment.underline ? 'inserted' : undefined;
  };
  return {
    ...paragraph,
    mark: mark === 'ADD' ? 'inserted' : mark === 'SUP' ? 'deleted' : undefined,
    segments: paragraph.segments.map((s) => ({ ...s, revision: revisionOf(s) })),
  };
}
