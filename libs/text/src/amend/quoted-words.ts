import { tokenTexts } from '../tokenize';
import { quotedInRefusal } from './refusal-messages';
import { AmendmentRefusal, Result, refusal, success } from './result';

/** Tokens `from` (inclusive) to `to` (exclusive) of a wording, as `tokenize` splits it. */
export interface TokenSpan {
  readonly from: number;
  readonly to: number;
}

/**
 * The tokens that quoted words name in a wording: their one occurrence, or the
 * `occurrence`-th (1-based) when they stand there more than once. Only whole tokens are
 * named ("state" is not found in "statement"), so that a client quotes the words as it
 * reads them and never needs the engine's tokenizer. `provisionId` is the provision the refusal cites.
 */
export function locateQuotedWords(
  text: string,
  words: string,
  occurrence?: number,
  provisionId?: string,
): Result<TokenSpan, AmendmentRefusal> {
  const wanted = words.normalize('NFC').trim();
  if (wanted === '') return refusal('words-not-found', 'amendment.refused.noWordsQuoted');
  const tokens = tokenTexts(text);
  const tokenAt = new Map<number, number>();
  const tokenEndingAt = new Map<number, number>();
  let offset = 0;
  tokens.forEach((token, index) => {
    tokenAt.set(offset, index);
    offset += token.length;
    tokenEndingAt.set(offset, index + 1);
  });
  const found: TokenSpan[] = [];
  for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
    const from = tokenAt.get(at);
    const to = tokenEndingAt.get(at + wanted.length);
    if (from !== undefined && to !== undefined) found.push({ from, to });
  }
  const quoted = quotedInRefusal(wanted);
  if (found.length === 0) return refusal('words-not-found', 'amendment.refused.wordsNotFound', { words: quoted }, provisionId);
  if (occurrence === undefined) {
    if (found.length > 1)
      return refusal('words-ambiguous', 'amendment.refused.wordsAmbiguous', { words: quoted, count: found.length }, provisionId);
    return success(found[0]);
  }
  if (!Number.isInteger(occurrence) || occurrence < 1 || occurrence > found.length) {
    return refusal(
      'words-not-found',
      'amendment.refused.noSuchOccurrence',
      { words: quoted, count: found.length, occurrence },
      provisionId,
    );
  }
  return success(found[occurrence - 1]);
}
