/**
 * What the aligner found in a language version before it is added, as a person reads it:
 * each provision cited as printed (in the original for what it lacks, in the translation for
 * what it has over), the message in Arabic or English. Pure.
 */
import { AlignmentFinding, DoubtReason, LanguageCode, ResolutionDocument, languageNameIn } from '#libs/text';
import type { Locale } from '#libs/web';
import { citeIn, opening } from './language.view';

export interface AlignmentFindingView {
  readonly kind: AlignmentFinding['kind'];
  /** The original's provision or section (for links and `acceptDoubtful`), when the finding is about one. */
  readonly provisionId?: string;
  readonly sectionId?: string;
  /** The original's provision or section as printed in the original: "recalling, b)". */
  readonly citation?: string;
  /** The translation's provision or section as printed in the translation, with its first words: "ب) «بالقرار 140…»". */
  readonly translated?: string;
  readonly reasons?: readonly DoubtReason[];
  /** In the language Accept-Language prefers among Arabic and English. */
  readonly message: string;
}

const REASONS: Record<Locale, Record<DoubtReason, string>> = {
  en: {
    'sub-items': 'the number of sub-items',
    footnotes: 'the footnotes',
    numbers: 'the numbers',
    label: 'the label',
    length: 'the length',
  },
  ar: { 'sub-items': 'عدد البنود الفرعية', footnotes: 'الحواشي', numbers: 'الأرقام', label: 'الترقيم', length: 'الطول' },
};

/** Each finding as a person reads it, in the order of the original. */
export function alignmentFindingViews(
  findings: readonly AlignmentFinding[],
  original: ResolutionDocument,
  language: LanguageCode,
  locale: Locale,
): AlignmentFindingView[] {
  const name = languageNameIn(locale, language);
  const ar = locale === 'ar';
  const quoted = (text: string) => (ar ? `«${text}»` : `“${text}”`);
  return findings.map((f): AlignmentFindingView => {
    switch (f.kind) {
      case 'missing': {
        const citation = citeIn(original, f.provisionId) ?? f.original.label;
        return {
          kind: f.kind,
          provisionId: f.provisionId,
          citation,
          message: ar
            ? `لا يقابل ${citation} من الأصل شيءٌ في النص باللغة ${name}: سيبقى بانتظار الترجمة.`
            : `${citation} of the original has no counterpart in the ${name} text: it will await translation.`,
        };
      }
      case 'extra': {
        const translated = placeOf(f.translated);
        return {
          kind: f.kind,
          translated,
          message: ar
            ? `في النص باللغة ${name} ${translated}${f.translated.heading ? ` تحت ${quoted(f.translated.heading)}` : ''} لا يقابله شيء في الأصل: احذفه قبل إضافة النسخة.`
            : `The ${name} text has ${translated}${f.translated.heading ? ` under ${quoted(f.translated.heading)}` : ''}, which the original does not have: remove it before adding the version.`,
        };
      }
      case 'missing-section':
        return {
          kind: f.kind,
          sectionId: f.sectionId,
          citation: f.original.heading,
          message: ar
            ? `لا يقابل القسمَ ${quoted(f.original.heading)} من الأصل قسمٌ في النص باللغة ${name}.`
            : `The section ${quoted(f.original.heading)} of the original has no counterpart in the ${name} text.`,
        };
      case 'extra-section':
        return {
          kind: f.kind,
          translated: f.translated.heading,
          message: ar
            ? `في النص باللغة ${name} قسم ${quoted(f.translated.heading)} لا يقابله شيء في الأصل.`
            : `The ${name} text has a section ${quoted(f.translated.heading)}, which the original does not have.`,
        };
      case 'doubtful': {
        const citation = citeIn(original, f.provisionId) ?? f.original.label;
        const translated = placeOf(f.translated);
        const reasons = listed(
          f.reasons.map((reason) => REASONS[locale][reason]),
          ar ? ' و' : ' and ',
        );
        return {
          kind: f.kind,
          provisionId: f.provisionId,
          citation,
          translated,
          reasons: [...f.reasons],
          message: ar
            ? `قوبل ${citation} من الأصل بـ ${translated} في النص باللغة ${name}، لكنهما يختلفان في: ${reasons}. راجِعهما واقبل المقابلة إن صحّت.`
            : `${citation} of the original was paired with ${translated} of the ${name} text, but they differ in ${reasons}: look at them and accept the pair if it is right.`,
        };
      }
    }
  });
}

/** "a, b and c" ("أ وب وج" in Arabic, where each item takes the conjunction). */
function listed(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return and === ' and ' ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : items.join(and);
}

function placeOf(place: { readonly label: string; readonly opening: string }): string {
  return [place.label, opening(place.opening)].filter((part) => part !== '').join(' ');
}
