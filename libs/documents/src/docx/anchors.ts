/**
 * Footnote references placed in a wording at their anchors: a footnote anchored after the
 * n-th word of the text its side reads (the later version for kept and added footnotes, the
 * earlier for deleted ones) stands right after that word, as the clean text prints it.
 */
import type { WordSegment } from '#libs/text';

export type Side = 'before' | 'after';

/** A mark to place in a wording: at a character offset of the text one side reads. */
export interface AnchoredMark<M> {
  readonly side: Side;
  readonly offset: number;
  readonly mark: M;
}

export type Piece<M> = { readonly kind: 'words'; readonly segment: WordSegment } | { readonly kind: 'mark'; readonly mark: M };

/** The character offset right after the `anchor`-th word (words split on spaces, as the clean text counts them); the end when absent. */
export function anchorOffset(text: string, anchor: number | undefined): number {
  const words = text.split(' ');
  const at = Math.min(Math.max(anchor ?? words.length, 0), words.length);
  return at === 0 ? 0 : words.slice(0, at).join(' ').length;
}

/** The segments of a wording with the marks set between them, each at its offset on its side. */
export function placeMarks<M>(segments: readonly WordSegment[], marks: readonly AnchoredMark<M>[]): Piece<M>[] {
  const pieces: Piece<M>[] = [];
  const position: Record<Side, number> = { before: 0, after: 0 };
  let waiting = [...marks];
  for (const segment of segments) {
    const sides: Side[] = segment.kind === 'equal' ? ['before', 'after'] : segment.kind === 'insert' ? ['after'] : ['before'];
    const length = segment.text.length;
    let from = 0;
    for (;;) {
      let next: { mark: AnchoredMark<M>; at: number } | undefined;
      for (const mark of waiting) {
        if (!sides.includes(mark.side)) continue;
        const at = mark.offset - position[mark.side];
        if (at >= from && at < length && (next === undefined || at < next.at)) next = { mark, at };
      }
      if (next === undefined) break;
      const placed = next;
      if (placed.at > from) pieces.push({ kind: 'words', segment: { kind: segment.kind, text: segment.text.slice(from, placed.at) } });
      pieces.push({ kind: 'mark', mark: placed.mark.mark });
      waiting = waiting.filter((mark) => mark !== placed.mark);
      from = placed.at;
    }
    if (from < length) pieces.push({ kind: 'words', segment: { kind: segment.kind, text: segment.text.slice(from) } });
    for (const side of sides) position[side] += length;
  }
  for (const mark of waiting) pieces.push({ kind: 'mark', mark: mark.mark });
  return pieces;
}
