import { tokenTexts } from '../tokenize';
import { AmendmentRefusal, Result, refusal, success } from './result';

/** Tokens `from` (inclusive) to `to` (exclusive) of a wording, as `tokenize` splits it. */
export interface TokenSpan {
  readonly from: number;
  readonly to: number;
}

const QUOTE_LENGTH = 80;

/**
 * The tokens that quoted words name in a wording: their one occurrence, or the
 * `occurrence`-th (1-based) when they stand there more than once. Only whole tokens are
 * named ("state" is not found in "statement"), so that a client quotes the words as it
 * reads them and never needs the engine's tokenizer.
 */
export function locateQuotedWords(text: string, words: string, occurrence?: number): Result<TokenSpan, AmendmentRefusal> {
  const wanted = words.normalize('NFC').trim();
  if (wanted === '') return refusal('words-not-found', 'no words were quoted');
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
  const quoted = quote(wanted);
  if (found.length === 0) return refusal('words-not-found', `the words ${quoted} are not in the wording`);
  if (occurrence === undefined) {
    if (found.length > 1)
      return refusal(
        'words-ambiguous',
        `the words ${quoted} occur ${found.length} times in the wording; say which occurrence (1 to ${found.length})`,
      );
    return success(found[0]);
  }
  if (!Number.isInteger(occurrence) || occurrence < 1 || occurrence > found.length) {
    return refusal(
      'words-not-found',
      `the words ${quoted} occur ${found.length} time(s) in the wording; there is no occurrence ${occurrence}`,
    );
  }
  return success(found[occurrence - 1]);
}

function quote(words: string): string {
  return `"${words.length > QUOTE_LENGTH ? `${words.slice(0, QUOTE_LENGTH)}…` : words}"`;
}
