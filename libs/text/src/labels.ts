/**
 * Labels derived from a provision's place: the part it stands in, its depth and its
 * index among its siblings, in the document's language and style. A label is never an
 * identity: inserting an item reletters every item after it.
 */
import type { DocumentStyle, LanguageCode, PartName } from './model';
import { languageProfile, languageProfiles } from './languages';
import type { LanguageProfile } from './languages';
import { foldPresentationForms } from './normalize';

export type LabelKind = 'letter' | 'number' | 'roman' | 'quoted-number' | 'dash' | 'bullet';

export interface ParsedLabel {
  readonly kind: LabelKind;
  /** 1-based position the label stands for; 0 for dashes and bullets, which have none. */
  readonly ordinal: number;
  /** The language whose alphabet the letter belongs to, when the script tells it. */
  readonly language?: LanguageCode;
  /**
   * The old ordinal when a revision lost its marks and the old and new labels now stand
   * side by side ("أ ﻫ )": old أ, new هـ; "45" where 5 is expected: old 4, new 5).
   */
  readonly previousOrdinal?: number;
}

/** What the reader of a label expects at its place; resolves "i)" (letter or roman) and "45". */
export interface LabelHint {
  readonly kind?: LabelKind;
  readonly language?: LanguageCode;
  /** The ordinal expected next at this place. */
  readonly expected?: number;
}

const DASH = '-';
const BULLET = '•';

/** The kind of label a provision carries at this place; 'none' for UNGA preambular paragraphs. */
export function labelKindAt(language: LanguageCode, style: DocumentStyle, part: PartName, depth: number): LabelKind | 'none' {
  const profile = languageProfile(language);
  if (style === 'unga') {
    if (depth === 0) return part === 'preamble' ? 'none' : 'number';
    return depth === 1 ? 'letter' : profile.subItems.preamble;
  }
  if (depth === 0) return part === 'preamble' ? 'letter' : 'number';
  return profile.subItems[part];
}

/** The bare label of the index-th (0-based) item of a kind: "b", "هـ", "3", "iv", "-". */
export function labelOfKind(language: LanguageCode, kind: LabelKind, index: number): string {
  switch (kind) {
    case 'letter':
      return letterAt(languageProfile(language).letters, index);
    case 'number':
    case 'quoted-number':
      return String(index + 1);
    case 'roman':
      return toRoman(index + 1);
    case 'dash':
      return DASH;
    case 'bullet':
      return BULLET;
  }
}

/** A provision's bare label from its place (index 0-based among its siblings, depth 0 at the top). */
export function provisionLabel(language: LanguageCode, style: DocumentStyle, part: PartName, depth: number, index: number): string {
  const kind = labelKindAt(language, style, part, depth);
  return kind === 'none' ? '' : labelOfKind(language, kind, index);
}

/**
 * The label of a provision in a section of `siblingCount` provisions: as provisionLabel,
 * except that the ITU prints no label on the lone provision of a section.
 */
export function provisionLabelInSection(
  language: LanguageCode,
  style: DocumentStyle,
  part: PartName,
  depth: number,
  index: number,
  siblingCount: number,
): string {
  if (style === 'itu' && depth === 0 && siblingCount === 1) return '';
  return provisionLabel(language, style, part, depth, index);
}

/** A bare label as printed in clean text at its place: "a)", "أ )", "ب)", "1", "'1'", "i)", "1 -", "(a)". */
export function formatLabel(language: LanguageCode, style: DocumentStyle, part: PartName, depth: number, label: string): string {
  if (label === '') return '';
  if (label === DASH || label === BULLET) return label;
  const kind = labelKindAt(language, style, part, depth);
  return formatLabelOfKind(language, style, kind === 'none' ? 'number' : kind, depth, label);
}

/** A bare label of a given kind as printed in clean text (for sub-items marked otherwise than their place's default). */
export function formatLabelOfKind(language: LanguageCode, style: DocumentStyle, kind: LabelKind, depth: number, label: string): string {
  if (label === '') return '';
  const profile = languageProfile(language);
  switch (kind) {
    case 'letter':
      if (style === 'unga') return `(${label})`;
      return profile.spacedLetters.some((l) => label.endsWith(l)) ? `${label} )` : `${label})`;
    case 'number':
      if (depth === 0) return style === 'unga' ? profile.ungaOperativeFormat.replace('{n}', label) : label;
      return `${label})`;
    case 'quoted-number':
      return `'${label}'`;
    case 'roman':
      return style === 'unga' ? `(${label})` : `${label})`;
    case 'dash':
    case 'bullet':
      return label;
  }
}

const dashes = /^[-–—−‐‑]$/u;
const bullets = /^[•▪◦●·‣⁃○■□➢➤►*]$/u;
const quotes = `'’‘\`´"“”`;
const quotedNumber = new RegExp(`^[${quotes}]\\s*(\\d+)\\s*[${quotes}]$`, 'u');
const tatweelAndMarks = /[\u0640\u064B-\u065F\u0670]/gu;

/**
 * Recognises a label as printed: "a)", "(a)", "أ )", "ﻫ⍽)", "1", "1.", "1 -", "'1'", "’1‘",
 * "ii)", "-", "•", with spaces, tabs and no-break spaces around, Arabic presentation forms,
 * Eastern Arabic digits, and old and new labels run together by a lost revision ("أ ﻫ )").
 */
export function parseLabel(raw: string, hint: LabelHint = {}): ParsedLabel | undefined {
  const text = foldPresentationForms(raw)
    .normalize('NFC')
    .replace(/[（]/gu, '(')
    .replace(/[）]/gu, ')')
    .replace(/[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/gu, ' ')
    .trim();
  if (text === '') return undefined;
  if (dashes.test(text)) return { kind: 'dash', ordinal: 0 };
  if (bullets.test(text)) return { kind: 'bullet', ordinal: 0 };
  const quoted = quotedNumber.exec(toWesternDigits(text));
  if (quoted) return { kind: 'quoted-number', ordinal: Number(quoted[1]) };

  const core = stripDecoration(text);
  if (core === undefined || core === '') return undefined;
  const digits = toWesternDigits(core);
  if (/^\d+$/u.test(digits)) return parseNumber(digits, hint);
  // A bare letter is a word ("و", "a"), not a label: letters are always closed by ")" or ".".
  if (core === text) return undefined;

  const letters = core.replace(tatweelAndMarks, '').replace(/ /gu, '');
  const roman = /^[ivxlcdm]+$/iu.test(letters) ? fromRoman(letters.toLowerCase()) : undefined;
  const lettered = parseLetters(letters, hint.language);
  if (hint.kind === 'roman' && roman !== undefined) return { kind: 'roman', ordinal: roman };
  if (hint.kind === 'letter' && lettered) return lettered;
  // Without a hint a lone "i" is the ninth letter; "ii", "iv", "xii" are roman numerals.
  if (roman !== undefined && letters.length >= 2 && roman <= 39 && hint.kind !== 'letter') return { kind: 'roman', ordinal: roman };
  return lettered ?? (roman !== undefined ? { kind: 'roman', ordinal: roman } : undefined);
}

function stripDecoration(text: string): string | undefined {
  const parenthesised = /^\((.+)\)$/u.exec(text);
  if (parenthesised) return parenthesised[1].trim();
  const closed = /^(.+?)\s*[).\-–—]$/u.exec(text);
  if (closed) return closed[1].trim();
  if (/[()]/u.test(text)) return undefined;
  return text;
}

function parseNumber(digits: string, hint: LabelHint): ParsedLabel {
  const ordinal = Number(digits);
  const expected = hint.expected;
  if (expected !== undefined && ordinal !== expected) {
    const tail = String(expected);
    if (digits.length > tail.length && digits.endsWith(tail)) {
      return { kind: 'number', ordinal: expected, previousOrdinal: Number(digits.slice(0, -tail.length)) };
    }
  }
  return { kind: 'number', ordinal };
}

/** Same-letter runs are the ITU's doubling past the alphabet (aa = 27); two different letters are old and new side by side. */
function parseLetters(letters: string, language?: LanguageCode): ParsedLabel | undefined {
  const chars = [...letters];
  if (chars.length === 0) return undefined;
  const alphabet = alphabetOf(chars[0], language);
  if (!alphabet) return undefined;
  const indexes = chars.map((c) => alphabet.index.get(canonicalLetter(c)));
  if (indexes.some((i) => i === undefined)) return undefined;
  const [first, ...rest] = indexes as number[];
  const size = alphabet.profile.letters.length;
  const lang = alphabet.languageKnown ? alphabet.profile.code : language;
  const withLanguage = (label: ParsedLabel): ParsedLabel => (lang ? { ...label, language: lang } : label);
  if (rest.every((i) => i === first)) return withLanguage({ kind: 'letter', ordinal: (chars.length - 1) * size + first + 1 });
  if (chars.length === 2) return withLanguage({ kind: 'letter', ordinal: rest[0] + 1, previousOrdinal: first + 1 });
  return undefined;
}

interface Alphabet {
  readonly profile: LanguageProfile;
  readonly index: ReadonlyMap<string, number>;
  /** Whether the script alone names the language (Arabic, Cyrillic) or several share it (Latin). */
  readonly languageKnown: boolean;
}

const alphabets: readonly Alphabet[] = buildAlphabets();

function buildAlphabets(): Alphabet[] {
  const groups = new Map<string, LanguageProfile[]>();
  for (const profile of Object.values(languageProfiles)) {
    const key = profile.letters.join(' ');
    groups.set(key, [...(groups.get(key) ?? []), profile]);
  }
  return [...groups.values()].map((profiles) => {
    const index = new Map<string, number>();
    profiles[0].letters.forEach((l, i) => index.set(canonicalLetter(l), i));
    return { profile: profiles[0], index, languageKnown: profiles.length === 1 };
  });
}

function alphabetOf(char: string, language?: LanguageCode): Alphabet | undefined {
  const letter = canonicalLetter(char);
  const candidates = alphabets.filter((a) => a.index.has(letter));
  const wanted = language ? languageProfile(language).letters.join(' ') : undefined;
  return candidates.find((a) => a.profile.letters.join(' ') === wanted) ?? candidates[0];
}

/** Spellings that stand for the same label letter: alef forms, heh with or without tatweel, capitals. */
function canonicalLetter(char: string): string {
  const base = char.replace(tatweelAndMarks, '').toLowerCase();
  switch (base) {
    case 'ا':
    case 'إ':
    case 'آ':
      return 'أ';
    case 'ى':
      return 'ي';
    default:
      return base;
  }
}

function letterAt(letters: readonly string[], index: number): string {
  const letter = letters[index % letters.length];
  return letter.repeat(Math.floor(index / letters.length) + 1);
}

function toWesternDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/gu, (d) => String(d.charCodeAt(0) - 0x06f0));
}

const romanDigits: readonly [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

function toRoman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, digits] of romanDigits) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

function fromRoman(text: string): number | undefined {
  if (!/^m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/u.test(text)) return undefined;
  let total = 0;
  let rest = text;
  for (const [value, digits] of romanDigits) {
    while (rest.startsWith(digits)) {
      total += value;
      rest = rest.slice(digits.length);
    }
  }
  return total > 0 ? total : undefined;
}
