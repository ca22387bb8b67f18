import type { LanguageCode } from '../model';
import { arabic } from './ar';
import { chinese } from './zh';
import { english } from './en';
import { french } from './fr';
import { russian } from './ru';
import { spanish } from './es';
import type { LanguageProfile } from './profile';

export type { LanguageProfile, SubItemKind } from './profile';

/** The registry of language profiles: adding a language means adding a line here. */
export const languageProfiles: Readonly<Record<LanguageCode, LanguageProfile>> = {
  ar: arabic,
  en: english,
  fr: french,
  es: spanish,
  ru: russian,
  zh: chinese,
};

/** The profile of a language. */
export function languageProfile(language: LanguageCode): LanguageProfile {
  return languageProfiles[language];
}

const nonLatin: readonly LanguageCode[] = ['ar', 'ru', 'zh'];
const latin: readonly LanguageCode[] = ['en', 'fr', 'es'];

/** Detects the language of a text from its script, then from frequent words for Latin scripts. */
export function detectLanguage(text: string): LanguageCode {
  const counts = nonLatin.map((code) => ({ code, n: countMatches(text, languageProfiles[code].script) }));
  const latinLetters = countMatches(text, /[A-Za-z]/u);
  const best = counts.reduce((a, b) => (b.n > a.n ? b : a));
  // Arabic and Russian texts carry Latin symbols (WSIS, A/70/125): the script with most letters wins.
  if (best.n > 0 && best.n * 2 >= latinLetters) return best.code;
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  let winner: LanguageCode = 'en';
  let top = -1;
  for (const code of latin) {
    const markers = new Set(languageProfiles[code].markers);
    const hits = words.filter((w) => markers.has(w)).length;
    if (hits > top) {
      top = hits;
      winner = code;
    }
  }
  return winner;
}

function countMatches(text: string, script: RegExp): number {
  let n = 0;
  for (const ch of text) if (script.test(ch)) n++;
  return n;
}
export { LANGUAGE_NAMES, languageNameIn } from './language-names';
export type { ReaderLanguage } from './language-names';
