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
const PUNCTUATION = '؛،؟.,;:()[]«»!?"“”/…—–';
// Whitespace as JavaScript's \s knows it (no-break spaces included).
const WHITESPACE = '\t\n\v\f\r \u00A0\u1680\u2028\u2029\u202F\u205F\u3000\uFEFF';
// Chinese and Japanese are written without spaces: each character is a word for editing.
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

const WORD = 0;
const SPACE = 1;
const PUNCT = 2;
const CJK = 3;

/**
 * The class of every BMP code unit, built once: a table lookup per character is what
 * makes tokenizing fast enough to apply thousands of amendments in milliseconds.
 */
const CLASSES: Uint8Array = buildClasses();

function buildClasses(): Uint8Array {
  const classes = new Uint8Array(0x10000);
  const mark = (from: number, to: number, value: number) => {
    for (let c = from; c <= to; c++) if (classes[c] === WORD) classes[c] = value;
  };
  for (const char of WHITESPACE) classes[char.charCodeAt(0)] = SPACE;
  mark(0x2000, 0x200a, SPACE);
  for (const char of PUNCTUATION) classes[char.charCodeAt(0)] = PUNCT;
  // CJK symbols and punctuation, full-width forms.
  mark(0x3000, 0x303f, PUNCT);
  mark(0xff01, 0xff0f, PUNCT);
  mark(0xff1a, 0xff20, PUNCT);
  mark(0xff3b, 0xff40, PUNCT);
  mark(0xff5b, 0xff65, PUNCT);
  for (const [from, to] of [
    [0x2e80, 0x9fff],
    [0xf900, 0xfaff],
    [0xff66, 0xff9f],
  ]) {
    for (let c = from; c <= to; c++) if (classes[c] === WORD && CJK_CHARACTER.test(String.fromCharCode(c))) classes[c] = CJK;
  }
  return classes;
}

/** The class of the character at `i` and how many code units it takes. */
function classAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return CJK_CHARACTER.test(text.slice(i, i + 2)) ? CJK : WORD;
  }
  return CLASSES[unit];
}

function widthAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}

/**
 * Token boundaries of a text: `offsets[0..count]` are the tokens' starts and the text's
 * length, `kinds[0..count)` their classes. Plain arrays of small integers: cheaper to
 * build than typed arrays for texts of a provision's size.
 */
function boundaries(text: string): { offsets: number[]; kinds: number[]; count: number } {
  const length = text.length;
  const offsets: number[] = [];
  const kinds: number[] = [];
  let i = 0;
  while (i < length) {
    offsets.push(i);
    const unit = text.charCodeAt(i);
    const surrogate = unit >= 0xd800 && unit <= 0xdbff;
    const kind = surrogate ? classAt(text, i) : CLASSES[unit];
    let end = surrogate ? i + widthAt(text, i) : i + 1;
    if (kind === SPACE || kind === WORD) {
      while (end < length) {
        const next = text.charCodeAt(end);
        if (next >= 0xd800 && next <= 0xdbff) {
          if (classAt(text, end) !== kind) break;
          end += widthAt(text, end);
        } else {
          if (CLASSES[next] !== kind) break;
          end++;
        }
      }
    }
    kinds.push(kind);
    i = end;
  }
  const count = offsets.length;
  offsets.push(length);
  return { offsets, kinds, count };
}

/** Splits a text into word, whitespace and punctuation tokens; `tokens.map(t => t.text).join('')` is the input. */
export function tokenize(text: string): Token[] {
  const { offsets, kinds, count } = boundaries(text);
  const tokens: Token[] = new Array(count);
  for (let t = 0; t < count; t++) {
    const piece = text.slice(offsets[t], offsets[t + 1]);
    const kind = kinds[t];
    if (kind === SPACE) tokens[t] = { kind: 'space', text: piece, key: ' ' };
    else if (kind === PUNCT) tokens[t] = { kind: 'punctuation', text: piece, key: piece.normalize('NFKC') };
    else tokens[t] = { kind: 'word', text: piece, key: comparisonKey(piece) };
  }
  return tokens;
}

/** Only the texts of the tokens: what amendments need, without the cost of comparison keys. */
export function tokenTexts(text: string): string[] {
  const { offsets, count } = boundaries(text);
  const texts: string[] = new Array(count);
  for (let t = 0; t < count; t++) texts[t] = text.slice(offsets[t], offsets[t + 1]);
  return texts;
}

/**
 * A text with its token boundaries, found as far as they are asked for and without a
 * string per token: an amendment looks at a few tokens of a provision and copies the
 * rest by offset, so most of a long provision is never scanned.
 */
export class TokenizedText {
  private readonly starts: number[] = [];
  private scannedTo = 0;

  constructor(readonly text: string) {}

  /** How many tokens the text has (scans it all). */
  get count(): number {
    this.reach(Number.MAX_SAFE_INTEGER);
    return this.starts.length;
  }

  /** Whether the text has at least `n` tokens. */
  hasAtLeast(n: number): boolean {
    if (n <= 0) return true;
    this.reach(n - 1);
    return this.starts.length >= n;
  }

  /** Where token i starts; the text's length for i = count. */
  offset(i: number): number {
    this.reach(i);
    return i < this.starts.length ? this.starts[i] : this.text.length;
  }

  /** Token i's text. */
  token(i: number): string {
    return this.text.slice(this.offset(i), this.offset(i + 1));
  }

  /** The text of tokens `from` (inclusive) to `to` (exclusive). */
  slice(from: number, to: number): string {
    return this.text.slice(this.offset(from), this.offset(to));
  }

  /** The text from token `from` to the end. */
  rest(from: number): string {
    return this.text.slice(this.offset(from));
  }

  texts(): string[] {
    const count = this.count;
    const { starts, text } = this;
    const texts: string[] = new Array(count);
    for (let t = 0; t < count; t++) texts[t] = text.slice(starts[t], t + 1 < count ? starts[t + 1] : text.length);
    return texts;
  }

  /** Scans until token `index` is known to start, or the text ends. */
  private reach(index: number): void {
    const text = this.text;
    const length = text.length;
    const starts = this.starts;
    const classes = CLASSES;
    let i = this.scannedTo;
    while (starts.length <= index && i < length) {
      starts.push(i);
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff) {
        const kind = classAt(text, i);
        i += widthAt(text, i);
        if (kind === SPACE || kind === WORD) {
          while (i < length && classAt(text, i) === kind) i += widthAt(text, i);
        }
        continue;
      }
      const kind = classes[unit];
      i++;
      if (kind === SPACE || kind === WORD) {
        while (i < length) {
          const next = text.charCodeAt(i);
          if (next >= 0xd800 && next <= 0xdbff) {
            if (classAt(text, i) !== kind) break;
            i += widthAt(text, i);
          } else if (classes[next] === kind) i++;
          else break;
        }
      }
    }
    this.scannedTo = i;
  }
}

/** Whether text ending with `left` and text starting with `right`, written side by side, run into one token there. */
export function runTogether(left: string, right: string): boolean {
  if (left === '' || right === '') return false;
  const last = left.charCodeAt(left.length - 1);
  const before = left.length >= 2 ? left.charCodeAt(left.length - 2) : 0;
  const lastIndex = last >= 0xdc00 && last <= 0xdfff && before >= 0xd800 && before <= 0xdbff ? left.length - 2 : left.length - 1;
  const kind = classAt(left, lastIndex);
  return (kind === SPACE || kind === WORD) && classAt(right, 0) === kind;
}

/** Whether a token is a run of whitespace. */
export function isSpace(tokenText: string): boolean {
  return tokenText.length > 0 && classAt(tokenText, 0) === SPACE;
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
  let key = KEY_CACHE.get(word);
  if (key === undefined) {
    // The vocabulary of a text is small beside its length: folding each distinct word once pays.
    if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
    key = fold(word);
    KEY_CACHE.set(word, key);
  }
  return key;
}

const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_LIMIT = 50_000;

function fold(word: string): string {
  return word
    .normalize('NFKC')
    .replace(ARABIC_MARKS, '')
    .replace(ALEF_VARIANTS, '\u0627')
    .replace(YEH_VARIANTS, '\u064A')
    .replace(TEH_MARBUTA, '\u0647')
    .toLowerCase();
}
