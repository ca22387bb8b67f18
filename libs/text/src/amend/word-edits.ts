import { TokenizedText, runTogether, tokenTexts } from '../tokenize';
import { WordReplacement } from './amendment';
import { Result, failure, success } from './result';

/**
 * A word replacement as it really lands: widened to the neighbouring token when the new
 * words would run into it ("x" written before "word" becomes one token "xword"), so that
 * every token outside the edit keeps its text and its count. Edits of two amendments that
 * do not touch can then be applied in either order with the same result.
 */
export type TokenEdit = WordReplacement;

/** Turns declared replacements into effective edits on `tokens`, or says why not: a range outside the tokens, or two that overlap. */
export function effectiveEdits(
  tokens: TokenizedText,
  replacements: readonly WordReplacement[],
): Result<TokenEdit[], 'outside' | 'overlap'> {
  const sorted = replacements.length < 2 ? replacements : [...replacements].sort((x, y) => x.from - y.from || x.to - y.to);
  for (const replacement of sorted) {
    const { from, to } = replacement;
    if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to < from || !tokens.hasAtLeast(to)) {
      return failure('outside');
    }
  }
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1];
    const next = sorted[i];
    if (next.from < previous.to || (next.from === next.to && previous.from === previous.to && next.from === previous.from)) {
      return failure('overlap');
    }
  }
  // Replacements at most one token apart could run together through that token: treat them as one.
  const combined: WordReplacement[] = [];
  for (const replacement of sorted) {
    const previous = combined[combined.length - 1];
    if (previous !== undefined && replacement.from - previous.to <= 1) {
      const between = replacement.from > previous.to ? tokens.token(previous.to) : '';
      combined[combined.length - 1] = { from: previous.from, to: replacement.to, text: previous.text + between + replacement.text };
    } else {
      combined.push(replacement);
    }
  }
  const edits: TokenEdit[] = [];
  for (const replacement of combined) {
    const edit = widen(tokens, replacement);
    if (edit.from === edit.to && edit.text === '') continue;
    edits.push(edit);
  }
  return success(edits);
}

function widen(tokens: TokenizedText, { from, to, text }: WordReplacement): TokenEdit {
  const left = from > 0 ? tokens.token(from - 1) : '';
  const right = tokens.hasAtLeast(to + 1) ? tokens.token(to) : '';
  const leftRunsIn = runTogether(left, text === '' ? right : text);
  const rightRunsIn = runTogether(text === '' ? left : text, right);
  return {
    from: leftRunsIn ? from - 1 : from,
    to: rightRunsIn ? to + 1 : to,
    text: (leftRunsIn ? left : '') + text + (rightRunsIn ? right : ''),
  };
}

/** The text after applying effective edits (sorted, not touching) to `tokens`. */
export function applyEdits(tokens: TokenizedText, edits: readonly TokenEdit[]): string {
  let text = '';
  let next = 0;
  for (const edit of edits) {
    text += tokens.slice(next, edit.from) + edit.text;
    next = edit.to;
  }
  return text + tokens.rest(next);
}

/**
 * Two edits touch when their token ranges meet or overlap, ends included: words replaced
 * right next to each other, or an insertion at the edge of a replacement, have no order
 * both proposers would agree on.
 */
export function editsTouch(x: { from: number; to: number }, y: { from: number; to: number }): boolean {
  return x.from <= y.to && y.from <= x.to;
}

/**
 * Carries edits expressed on one wording over an edit list already applied to it
 * (`applied`, in the same coordinates), or says which applied edit they touch.
 */
export function mapEditsThrough(
  edits: readonly TokenEdit[],
  applied: readonly TokenEdit[],
): Result<TokenEdit[], { edit: TokenEdit; applied: TokenEdit }> {
  const growth = applied.map((edit) => tokenTexts(edit.text).length - (edit.to - edit.from));
  const mapped: TokenEdit[] = [];
  for (const edit of edits) {
    let shift = 0;
    for (let i = 0; i < applied.length; i++) {
      const other = applied[i];
      if (editsTouch(edit, other)) return failure({ edit, applied: other });
      if (other.to < edit.from) shift += growth[i];
    }
    mapped.push({ from: edit.from + shift, to: edit.to + shift, text: edit.text });
  }
  return success(mapped);
}
