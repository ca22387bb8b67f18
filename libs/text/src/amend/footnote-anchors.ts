import { Footnote } from '../model';
import { tokenTexts, tokenize } from '../tokenize';
import { TokenEdit } from './word-edits';

/**
 * Keeps each footnote marker after the word it followed when words around it are
 * replaced: a marker inside replaced words moves to the end of the new words. Anchors
 * count words as the importer does: runs of text between spaces.
 */
export function carryFootnoteAnchors(
  footnotes: readonly Footnote[],
  oldText: string,
  edits: readonly TokenEdit[],
  newText: string,
): readonly Footnote[] {
  if (footnotes.every((footnote) => footnote.anchor === undefined)) return footnotes;
  const oldTokens = tokenize(oldText);
  const newTokens = tokenize(newText);
  return footnotes.map((footnote) => {
    if (footnote.anchor === undefined) return footnote;
    const position = mapPosition(positionAfterWords(oldTokens, footnote.anchor), edits);
    let words = 0;
    for (let i = 0; i < position && i < newTokens.length; i++) if (startsWord(newTokens, i)) words++;
    return { ...footnote, anchor: words };
  });
}

type Kinded = readonly { readonly kind: string }[];

function startsWord(tokens: Kinded, i: number): boolean {
  return tokens[i].kind !== 'space' && (i === 0 || tokens[i - 1].kind === 'space');
}

/** The token index right after the `count`-th space-separated word. */
function positionAfterWords(tokens: Kinded, count: number): number {
  if (count <= 0) return 0;
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (startsWord(tokens, i)) words++;
    if (words === count && tokens[i].kind !== 'space' && (i + 1 === tokens.length || tokens[i + 1].kind === 'space')) return i + 1;
  }
  return tokens.length;
}

function mapPosition(position: number, edits: readonly TokenEdit[]): number {
  let shift = 0;
  for (const edit of edits) {
    const length = tokenTexts(edit.text).length;
    if (edit.to <= position && edit.from < position) shift += length - (edit.to - edit.from);
    else if (edit.from < position && position < edit.to) return edit.from + shift + length;
  }
  return position + shift;
}
