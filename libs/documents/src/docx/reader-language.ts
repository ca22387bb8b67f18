/** The words a file prints around the text (column heads, "Reasons"), in the text's language: Arabic or English catalogues. */
import { LanguageCode, languageProfiles } from '#libs/text';
import { MessageKey, Translate, isMessageKey, translator } from '#libs/web';

export function wordsFor(language: LanguageCode): Translate {
  return translator(language === 'ar' ? 'ar' : 'en');
}

/** A status or ruling in the reader's words ("status.accepted-as-modified"); as recorded when the catalogue has no entry. */
export function translated(t: Translate, prefix: 'status' | 'ruling', value: string): string {
  const key = `${prefix}.${value}`;
  return isMessageKey(key) ? t(key as MessageKey) : value;
}

/** A language code from a view, the text engine's when it is one of the six. */
export function languageOf(code: string): LanguageCode {
  return Object.prototype.hasOwnProperty.call(languageProfiles, code) ? (code as LanguageCode) : 'en';
}

/** The name on changes no proposer is known for: the secretariat that published the text. */
export function secretariatName(language: LanguageCode): string {
  return wordsFor(language)('word.secretariat');
}
