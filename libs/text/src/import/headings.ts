/** Recognising section headings and the enacting formula from the language's data. */
import type { LanguageProfile } from '../languages';
import type { LanguageCode, PartName } from '../model';

const harakat = /[\u064B-\u065F\u0670\u0640]/gu;
const anchors = /\uE000\d+\uE001/gu;

/** A word as compared with the language tables: lower case, without Arabic vowel marks, tatweel or footnote anchors. */
export function comparable(word: string): string {
  return word.replace(anchors, '').replace(harakat, '').toLowerCase();
}

/** The words of a line, comparable, without punctuation around them. */
export function comparableWords(text: string): string[] {
  return text
    .replace(anchors, '')
    .split(/\s+/u)
    .map((w) => comparable(w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')))
    .filter((w) => w !== '');
}

/** Whether a text ends a clause (";", ",", ".", ":", "؛", "،" ...), ignoring trailing footnote anchors and spaces. */
export function endsClause(text: string, profile: LanguageProfile): boolean {
  const trimmed = text
    .replace(anchors, '')
    .replace(/[\s"”’»)\]]+$/u, '')
    .trimEnd();
  const last = trimmed.slice(-1);
  return profile.clauseEnds.includes(last);
}

/** Whether the text opens with one of the words, allowing prefixed conjunctions ("وإذ") and modifiers ("further resolves"). */
export function opensWith(text: string, openers: readonly string[], profile: LanguageProfile): boolean {
  const wanted = new Set(openers.map(comparable));
  if (!profile.spacedWords) {
    const flat = comparable(text.trim());
    return [...wanted].some((o) => flat.startsWith(o));
  }
  const words = comparableWords(text);
  const modifiers = new Set(profile.headingModifiers.map(comparable));
  for (const word of words.slice(0, 3)) {
    if (wanted.has(word)) return true;
    const bare = profile.prefixConjunctions.find((c) => word.startsWith(c) && wanted.has(word.slice(c.length)));
    if (bare !== undefined) return true;
    if (!modifiers.has(word)) return false;
  }
  return false;
}

/**
 * The preambular particle as PDF extraction garbles it. Undoing the Arabic glyph shaping,
 * extractors read "إذ" as "إنه" or "إن", so "وإذ تؤكد من جديد" arrives as "وإنه تؤكد من
 * جديد" or "وإن تؤكد من جديد". "إن" is also the enacting word ("إن الجمعية العامة،") and
 * opens ordinary sentences; the particle is told apart by what follows it: a preambular
 * paragraph goes on with a verb in the imperfect ("تشير", "تلاحظ", "يذكّر"), never with a
 * noun, and never ends a sentence as an operative paragraph does ("؛", ".").
 */
const garbledParticles: Partial<Record<LanguageCode, readonly string[]>> = {
  ar: ['إنه', 'إن'],
};
// The imperfect of the third person: "تشير" (the Assembly, feminine), "يذكّر" (the Council, masculine).
const arabicImperfect = /^[تي][\u0621-\u064A]{2,7}$/u;
// The verbal noun "تفعيل" ("تقرير", "تنفيذ", "تعزيز") looks like it, but is a noun.
const arabicVerbalNoun = /^ت[^ي]{2}ي[^ي]$/u;
const sentenceEnd = /[؛;.]\s*$/u;

/** Whether a paragraph opens with a garbled preambular particle followed by what a preambular paragraph goes on with. */
export function opensWithGarbledParticle(text: string, profile: LanguageProfile): boolean {
  const forms = garbledParticles[profile.code];
  if (!forms || sentenceEnd.test(text.replace(anchors, ''))) return false;
  const [first, verb] = comparableWords(text);
  if (first === undefined || verb === undefined) return false;
  const bare = profile.prefixConjunctions.find((c) => first.startsWith(c) && forms.includes(first.slice(c.length)));
  const particle = bare === undefined ? first : first.slice(bare.length);
  return forms.includes(particle) && arabicImperfect.test(verb) && !arabicVerbalNoun.test(verb);
}

const MAX_HEADING_WORDS = 30;

/**
 * The part a line heads, when it is an ITU section heading: an opener ("recalling",
 * "وإذ يذكّر", "resolves", "يكلف") that does not end a clause (headings carry no
 * punctuation; a provision always does).
 */
export function headingPart(text: string, profile: LanguageProfile): PartName | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || endsClause(trimmed, profile)) return undefined;
  if (profile.spacedWords && trimmed.split(/\s+/u).length > MAX_HEADING_WORDS) return undefined;
  if (opensWith(trimmed, profile.preambleOpeners, profile) || opensWithGarbledParticle(trimmed, profile)) return 'preamble';
  if (opensWith(trimmed, profile.operativeOpeners, profile)) return 'operative';
  return undefined;
}

/** Whether a line reads as an enacting formula: "The ITU Council,", "إن مجلس الاتحاد الدولي للاتصالات،". */
export function looksLikeEnactingFormula(text: string, profile: LanguageProfile): boolean {
  const trimmed = text.replace(anchors, '').trim();
  if (!profile.commas.some((c) => trimmed.endsWith(c))) return false;
  return profile.spacedWords ? trimmed.split(/\s+/u).length <= 25 : trimmed.length <= 60;
}
