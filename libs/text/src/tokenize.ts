/**
 * Word-level tokens of a provision's text, the unit of amendments and marked text.
 *
 * Tokens keep the exact text (joining them gives the input back), so an amendment can
 * name words by index and a revision can be shown without losing a character. Each
 * token also has a comparison key that folds what a drafter does not count as a change
 * of wording when aligning two versions (Arabic diacritics, tatweel, letter variants,
 * presentation forms, letter case); the original spelling is kept for display.
 */

export type TokenKind = 'word' | 'space' | 'punctuation';

export interface Token {
  readonly kind: TokenKind;
  /** Exactly as written. */
  readonly text: string;
  /** What two tokens are compared by when versions are aligned. */
  readonly key: string;
}

// Arabic and Latin clause punctuation, brackets (for bracketed alternatives), quotes and
// the slash of "الاتصالات/تكنولوجيا المعلومات", each a token of its own.
const PUNCTUATION = '؛،؟.,;:()\\[\\]«»!?"“”/…—–';
// CJK symbols and punctuation, full-width forms.
const CJK_PUNCTUATION = '\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65';
// Chinese and Japanese are written without spaces: each character is a word for editing.
const CJK_CHARACTER = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';

const TOKEN_PATTERN = new RegExp(
  `(\\s+)|([${PUNCTUATION}${CJK_PUNCTUATION}])|([${CJK_CHARACTER}])|([^\\s${PUNCTUATION}${CJK_PUNCTUATION}${CJK_CHARACTER}]+)`,
  'gu',
);

/** Splits a text into word, whitespace and punctuation tokens; `tokens.map(t => t.text).join('')` is the input. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN_PATTERN.exec(text)) !== null) {
    const [whole, space, punctuation] = match;
    if (space !== undefined) tokens.push({ kind: 'space', text: whole, key: ' ' });
    else if (punctuation !== undefined) tokens.push({ kind: 'punctuation', text: whole, key: whole.normalize('NFKC') });
    else tokens.push({ kind: 'word', text: whole, key: comparisonKey(whole) });
  }
  return tokens;
}

/** Only the texts of the tokens: what amendments need, without the cost of comparison keys. */
export function tokenTexts(text: string): string[] {
  const texts: string[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN_PATTERN.exec(text)) !== null) texts.push(match[0]);
  return texts;
}

/** Whether a token is a run of whitespace. */
export function isSpace(tokenText: string): boolean {
  return /^\s/u.test(tokenText);
}

/** Joins tokens back into text. */
export function joinTokens(tokens: readonly Token[]): string {
  let text = '';
  for (const token of tokens) text += token.text;
  return text;
}

const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/g;
const ALEF_VARIANTS = /[\u0622\u0623\u0625\u0671]/g;
const YEH_VARIANTS = /[\u0649\u06CC]/g;
const TEH_MARBUTA = /\u0629/g;
const NEEDS_FOLDING = /[^\u0000-\u007F]/;

/**
 * The comparison key of a word: "يذكّر" and "يذكر", "إلى" and "الى", "ﻫ" and "ه",
 * "Recalling" and "recalling" share a key.
 */
export function comparisonKey(word: string): string {
  if (!NEEDS_FOLDING.test(word)) return word.toLowerCase();
  return word
    .normalize('NFKC')
    .replace(ARABIC_MARKS, '')
    .replace(ALEF_VARIANTS, '\u0627')
    .replace(YEH_VARIANTS, '\u064A')
    .replace(TEH_MARBUTA, '\u0647')
    .toLowerCase();
}
