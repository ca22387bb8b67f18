/**
 * The few words an amendment file prints around its ITU marks (ADD, MOD, SUP stay as
 * the ITU prints them in every language): where a provision goes and what is changed.
 */
import type { LanguageCode } from '#libs/text';

export interface AmendmentWords {
  readonly after: string;
  readonly before: string;
  readonly atEndOf: string;
  readonly asSubItemOf: string;
  readonly heading: string;
  readonly footnoteOf: string;
  readonly title: string;
  readonly movedTo: string;
  readonly endOfPart: { readonly preamble: string; readonly operative: string };
}

export const AMENDMENT_WORDS: Readonly<Record<LanguageCode, AmendmentWords>> = {
  en: {
    after: 'after',
    before: 'before',
    atEndOf: 'at the end of',
    asSubItemOf: 'as a sub-item of',
    heading: 'heading',
    footnoteOf: 'footnote to',
    title: 'title',
    movedTo: 'moved',
    endOfPart: { preamble: 'at the end of the preamble', operative: 'at the end of the operative part' },
  },
  ar: {
    after: 'بعد',
    before: 'قبل',
    atEndOf: 'في نهاية',
    asSubItemOf: 'كبند فرعي من',
    heading: 'العنوان',
    footnoteOf: 'حاشية على',
    title: 'العنوان الرئيسي',
    movedTo: 'يُنقل',
    endOfPart: { preamble: 'في نهاية الديباجة', operative: 'في نهاية منطوق القرار' },
  },
  fr: {
    after: 'après',
    before: 'avant',
    atEndOf: 'à la fin de',
    asSubItemOf: 'comme alinéa de',
    heading: 'titre de section',
    footnoteOf: 'note de bas de page au',
    title: 'titre',
    movedTo: 'déplacé',
    endOfPart: { preamble: 'à la fin du préambule', operative: 'à la fin du dispositif' },
  },
  es: {
    after: 'después de',
    before: 'antes de',
    atEndOf: 'al final de',
    asSubItemOf: 'como apartado de',
    heading: 'encabezamiento',
    footnoteOf: 'nota a pie de página al',
    title: 'título',
    movedTo: 'se traslada',
    endOfPart: { preamble: 'al final del preámbulo', operative: 'al final de la parte dispositiva' },
  },
  ru: {
    after: 'после',
    before: 'перед',
    atEndOf: 'в конце',
    asSubItemOf: 'как подпункт',
    heading: 'заголовок',
    footnoteOf: 'сноска к',
    title: 'название',
    movedTo: 'переносится',
    endOfPart: { preamble: 'в конце преамбулы', operative: 'в конце постановляющей части' },
  },
  zh: {
    after: '之后',
    before: '之前',
    atEndOf: '末尾',
    asSubItemOf: '作为其分项',
    heading: '标题',
    footnoteOf: '脚注：',
    title: '标题',
    movedTo: '移至',
    endOfPart: { preamble: '序言末尾', operative: '执行部分末尾' },
  },
};
