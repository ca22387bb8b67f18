/**
 * The search key: what a reader counts as "the same word" when searching, in the six UN
 * languages. The same function makes the key of what is indexed and of what is asked, so
 * a spelling variant on either side meets the other.
 *
 * - Arabic: the letters written several ways (أ إ آ ٱ → ا; ى ی → ي; ة → ه; ؤ ئ ء → ء,
 *   so "مسؤول" and "مسئول" meet), diacritics (tashkeel) and tatweel, presentation forms
 *   (ﻫ, ﻻ), Arabic-Indic digits (٠-٩ and ۰-۹ are 0-9), and the article: "القرار",
 *   "بالقرار", "وبالقرار", "للقرار" are keyed "قرار", the word a reader searches for.
 * - Latin and Cyrillic: case and accents ("Résolution" is "resolution", ё is е; й stays
 *   a letter of its own), ligatures (ﬁ, æ, œ, ß).
 * - Chinese and Japanese, written without spaces: each character is a unit of its own, so
 *   a query of several characters is a phrase of units and matches wherever they stand
 *   together.
 *
 * A key is a sequence of units separated by single spaces; punctuation and symbols
 * separate units ("C26/12-E" is "c26 12 e"). Each unit remembers where its word stands
 * in the text, so a match can be shown in the original spelling.
 */
import { fixSymbolConfusables } from './normalize';

/** One unit of a text's search key, and the offsets (UTF-16) of the word it comes from. */
export interface SearchUnit {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/** A query made ready for matching: its key, its units, and the terms each match must contain. */
export interface SearchQuery {
  /** The units joined by single spaces: what a phrase match looks for. */
  readonly key: string;
  readonly units: readonly string[];
  /**
   * What every hit must contain, each somewhere: each word on its own, and each run of
   * Chinese or Japanese characters as one phrase ("信 息"), since a character alone says little.
   */
  readonly terms: readonly string[];
}

/** A stretch of the searched text that matches the query (UTF-16 offsets). */
export interface SearchMatch {
  readonly start: number;
  readonly end: number;
}

const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const WORD_CHARACTER = /^[\p{L}\p{Nd}]$/u;
// Combining marks (Arabic tashkeel, accents once decomposed) and invisible format
// characters (soft hyphen, joiners) are part of the word they stand in, not separators.
const INVISIBLE = /^[\p{M}\p{Cf}]$/u;

/** The ten digits of a script whose zero is at `zero`, read as 0-9. */
function digitsFrom(zero: number): Record<string, string> {
  return Object.fromEntries(Array.from({ length: 10 }, (_, d) => [String.fromCharCode(zero + d), String(d)]));
}

// What NFKC leaves but a reader of Arabic does not tell apart.
const ARABIC_FOLDS: Readonly<Record<string, string>> = {
  '\u0622': '\u0627', // آ
  '\u0623': '\u0627', // أ
  '\u0625': '\u0627', // إ
  '\u0671': '\u0627', // ٱ alef wasla
  '\u0649': '\u064A', // ى alef maksura
  '\u06CC': '\u064A', // ی Farsi yeh, typed for ي
  '\u0629': '\u0647', // ة teh marbuta
  '\u0624': '\u0621', // ؤ
  '\u0626': '\u0621', // ئ
  '\u06A9': '\u0643', // ک keheh, typed for ك
  '\u0640': '', // tatweel
  ...digitsFrom(0x0660), // Arabic-Indic ٠-٩
  ...digitsFrom(0x06f0), // Eastern Arabic-Indic ۰-۹
};

// Latin letters that no decomposition takes to a base letter.
const LATIN_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  ħ: 'h',
};

// Cyrillic letters that are letters of their own, not accented ones.
const KEEP_WHOLE = new Set(['й', 'ў', 'ї']);

const FOLD_CACHE = new Map<string, string>();

/**
 * What one character of the text becomes in the key: letters and digits as searched
 * (possibly several, as ﻻ gives لا), "" for what is invisible to a reader (diacritics,
 * tatweel), " " for what separates words.
 */
function foldCharacter(char: string): string {
  let folded = FOLD_CACHE.get(char);
  if (folded !== undefined) return folded;
  folded = '';
  for (const compatible of char.normalize('NFKC')) {
    let piece = ARABIC_FOLDS[compatible];
    if (piece === undefined) {
      const lower = compatible.toLowerCase();
      piece = LATIN_FOLDS[lower] ?? (KEEP_WHOLE.has(lower) ? lower : lower.normalize('NFD'));
    }
    for (const c of piece) {
      if (INVISIBLE.test(c)) continue;
      folded += WORD_CHARACTER.test(c) ? c : ' ';
    }
  }
  FOLD_CACHE.set(char, folded);
  return folded;
}

// The article ال, with the proclitics written before it: و ف (and, then), ب ك (with, as),
// and ل, before which the article loses its alef (ل + القرار = للقرار). The rest must keep
// two letters, so that "إلى" (الي) is not read as an article before ي.
const DEFINITE_ARTICLE = /^(?:[\u0648\u0641]?[\u0628\u0643]?\u0627\u0644|[\u0648\u0641]?\u0644\u0644)([\u0621-\u063A\u0641-\u064A]{2,})$/u;

/** A unit as keyed: an Arabic word without its article and the proclitics before it. */
function stem(unit: string): string {
  const match = DEFINITE_ARTICLE.exec(unit);
  return match ? match[1] : unit;
}

/** The units of a text's search key, each with the offsets of the word it comes from. */
export function searchUnits(text: string): SearchUnit[] {
  const source = fixSymbolConfusables(text);
  const units: SearchUnit[] = [];
  let key = '';
  let start = 0;
  let end = 0;
  const flush = () => {
    if (key !== '') units.push({ key: stem(key), start, end });
    key = '';
  };
  let offset = 0;
  for (const char of source) {
    const at = offset;
    offset += char.length;
    const folded = foldCharacter(char);
    if (folded === '') {
      // A diacritic or tatweel belongs to the word it stands in.
      if (key !== '') end = offset;
      continue;
    }
    for (const c of folded) {
      if (c === ' ') {
        flush();
      } else if (CJK.test(c)) {
        flush();
        units.push({ key: c, start: at, end: offset });
      } else {
        if (key === '') start = at;
        key += c;
        end = offset;
      }
    }
  }
  flush();
  return units;
}

/** The search key of a text: its units joined by single spaces. */
export function searchKey(text: string): string {
  return searchUnits(text)
    .map((unit) => unit.key)
    .join(' ');
}

/** A query's key, units and terms; an empty key means there is nothing to search for. */
export function searchQuery(text: string): SearchQuery {
  const units = searchUnits(text).map((unit) => unit.key);
  const terms: string[] = [];
  let run: string[] = [];
  for (const unit of units) {
    if (CJK.test(unit)) {
      run.push(unit);
      continue;
    }
    if (run.length > 0) terms.push(run.join(' '));
    run = [];
    terms.push(unit);
  }
  if (run.length > 0) terms.push(run.join(' '));
  return { key: units.join(' '), units, terms: [...new Set(terms)] };
}

/**
 * Where units[at...] read as the phrase, by the rule a substring search of the joined key
 * follows: the first unit of the phrase may end a unit of the text, the last may begin
 * one, the ones between are whole units; a phrase of one unit may stand anywhere in one.
 */
function phraseAt(units: readonly SearchUnit[], at: number, phrase: readonly string[]): boolean {
  const n = phrase.length;
  if (at + n > units.length) return false;
  if (n === 1) return units[at].key.includes(phrase[0]);
  if (!units[at].key.endsWith(phrase[0])) return false;
  for (let i = 1; i < n - 1; i++) if (units[at + i].key !== phrase[i]) return false;
  return units[at + n - 1].key.startsWith(phrase[n - 1]);
}

function phraseMatches(units: readonly SearchUnit[], phrase: readonly string[]): SearchMatch[] {
  const matches: SearchMatch[] = [];
  if (phrase.length === 0) return matches;
  for (let i = 0; i + phrase.length <= units.length; i++) {
    if (phraseAt(units, i, phrase)) {
      matches.push({ start: units[i].start, end: units[i + phrase.length - 1].end });
      i += phrase.length - 1;
    }
  }
  return matches;
}

/**
 * Where a text matches a query, whole words at a time, in the order they stand: the
 * query as a phrase where it stands so, else each of its terms.
 */
export function findSearchMatches(text: string, query: SearchQuery): SearchMatch[] {
  const units = searchUnits(text);
  const phrase = phraseMatches(units, query.units);
  if (phrase.length > 0) return phrase;
  const matches = query.terms.flatMap((term) => phraseMatches(units, term.split(' ')));
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  // Terms can overlap ("قرار" inside a match of "قرارات"): keep the first of overlapping ones.
  const kept: SearchMatch[] = [];
  for (const match of matches) {
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) continue;
    kept.push(match);
  }
  return kept;
}
