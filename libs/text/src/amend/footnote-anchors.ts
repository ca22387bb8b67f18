import { Footnote } from '../model';
import { tokenTexts, tokenize } from '../tokenize';
import { TokenEdit } from './word-edits';

/**
 * Keeps each footnote marker after the word it followed when words around it are
 * replaced: a marker inside replaced words moves to the end of the new words. Anchors
 * count words as `tokenize` does.
 */
export function carryFootnoteAnchors(footnotes: readonly Footnote[], oldText: string, edits: readonly TokenEdit[], newText: string): readonly Footnote[] {
  if (footnotes.every((footnote) => footnote.anchor === undefined)) return footnotes;
  const oldTokens = tokenize(oldText);
  const newTokens = tokenize(newText);
  return footnotes.map((footnote) => {
    if (footnote.anchor === undefined) return footnote;
    const position = mapPosition(positionAfterWords(oldTokens, footnote.anchor), edits);
    let words = 0;
    for (let i = 0; i < position && i < newTokens.length; i++) if (newTokens[i].kind === 'word') words++;
    return { ...footnote, anchor: words };
  });
}

function positionAfterWords(tokens: readonly { kind: string }[], count: number): number {
  if (count <= 0) return 0;
  let words = 0;
  for (let i = 0; i < tokens.length; i++) if (tokens[i].kind === 'word' && ++words === count) return i + 1;
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
