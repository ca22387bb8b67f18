/**
 * How a language is set in Word: its direction, its language tag on every run and the
 * fonts of its script. Arabic paragraphs are right to left (`w:bidi`), their runs `w:rtl`,
 * with a complex-script font and size (`w:cs`, `w:szCs`) and `w:lang w:bidi`.
 */
import type { IParagraphOptions, IRunOptions } from 'docx';
import type { LanguageCode } from '#libs/text';

const LANGUAGE_TAGS: Readonly<Record<LanguageCode, string>> = {
  ar: 'ar-SA',
  en: 'en-GB',
  fr: 'fr-FR',
  es: 'es-ES',
  ru: 'ru-RU',
  zh: 'zh-CN',
};

/** The ITU's body text: Times New Roman 12 pt; Arabic in a complex-script face at 14 pt. */
const LATIN_FONT = 'Times New Roman';
const ARABIC_FONT = 'Traditional Arabic';
const CHINESE_FONT = 'SimSun';
const HALF_POINTS = 24;
const ARABIC_HALF_POINTS = 28;

export function isRightToLeft(language: LanguageCode): boolean {
  return language === 'ar';
}

/** The BCP 47 tag Word records for the language ("ar-SA", "en-GB"). */
export function languageTag(language: LanguageCode): string {
  return LANGUAGE_TAGS[language];
}

/** What every run of a text in this language carries: language, fonts, sizes and direction. */
export function scriptRunOptions(language: LanguageCode): IRunOptions {
  const tag = languageTag(language);
  const rtl = isRightToLeft(language);
  return {
    language: { value: tag, ...(rtl ? { bidirectional: tag } : {}), ...(language === 'zh' ? { eastAsia: tag } : {}) },
    font: {
      ascii: LATIN_FONT,
      hAnsi: LATIN_FONT,
      cs: rtl ? ARABIC_FONT : LATIN_FONT,
      eastAsia: language === 'zh' ? CHINESE_FONT : LATIN_FONT,
    },
    size: HALF_POINTS,
    sizeComplexScript: rtl ? ARABIC_HALF_POINTS : HALF_POINTS,
    ...(rtl ? { rightToLeft: true } : {}),
  };
}

/** The direction of a paragraph in this language. */
export function scriptParagraphOptions(language: LanguageCode): Pick<IParagraphOptions, 'bidirectional'> {
  return isRightToLeft(language) ? { bidirectional: true } : {};
}
