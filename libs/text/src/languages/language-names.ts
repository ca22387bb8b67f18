import type { LanguageCode } from '../model';

/** The languages messages are written in: Arabic and English. */
export type ReaderLanguage = 'ar' | 'en';

/** The six UN languages as a reader names them in a sentence of their own language: "French", "الفرنسية". */
export const LANGUAGE_NAMES: Readonly<Record<ReaderLanguage, Readonly<Record<LanguageCode, string>>>> = {
  en: { ar: 'Arabic', zh: 'Chinese', en: 'English', fr: 'French', ru: 'Russian', es: 'Spanish' },
  ar: { ar: 'العربية', zh: 'الصينية', en: 'الإنكليزية', fr: 'الفرنسية', ru: 'الروسية', es: 'الإسبانية' },
};

/** The name of a UN language in the reader's language ("French", "الفرنسية"); the code itself for one not known. */
export function languageNameIn(reader: ReaderLanguage, language: LanguageCode): string {
  return LANGUAGE_NAMES[reader][language] ?? language;
}
