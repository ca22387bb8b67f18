import { AmendmentOperation, ModifyText } from '#libs/text';
import { ARABIC_SOURCE, FRENCH_SOURCE, ORIGINAL, PROVISION, RUSSIAN_SOURCE, imported, replaced, wordingIn } from './six-languages-texts';

/**
 * What the delegations propose and what the translators record, in each language's own
 * words. Kenya drafts in English, the negotiating language; Egypt drafts in Arabic against
 * the Arabic version, and the chair rules on it with its English rendering.
 */
const ARABIC = imported(ARABIC_SOURCE);
const FRENCH = imported(FRENCH_SOURCE);
const RUSSIAN = imported(RUSSIAN_SOURCE);

const modify = (doc: typeof ORIGINAL, provisionId: string, words: string, replacement: string): ModifyText => {
  const oldText = wordingIn(doc, provisionId);
  return { kind: 'modify', provisionId, oldText, newText: replaced(oldText, words, replacement) };
};

/** Kenya: "all appropriate measures" rather than "all possible" ones. */
export const KENYA_APPROPRIATE_MEASURES = modify(ORIGINAL, PROVISION.allMeasures, 'all possible measures', 'all appropriate measures');

export const HIGHEST_LEVEL_WORDS = 'participate at the highest possible level in the WSIS+20 High-Level Event;';
/** Kenya: a new paragraph of "encourages Member States to", after the first. */
export const KENYA_HIGHEST_LEVEL: AmendmentOperation = {
  kind: 'add',
  newId: PROVISION.highestLevel,
  position: { after: PROVISION.contribute },
  text: HIGHEST_LEVEL_WORDS,
};

/** Egypt, in Arabic: the annual report to the Council a written one. */
export const EGYPT_WRITTEN_REPORT = modify(
  ARABIC,
  PROVISION.annualReport,
  'بتقديم تقرير سنوي إلى المجلس',
  'بتقديم تقرير سنوي مكتوب إلى المجلس',
);
/** The chair's English wording of Egypt's amendment: what the original takes. */
export const EGYPT_WRITTEN_REPORT_IN_ENGLISH = modify(ORIGINAL, PROVISION.annualReport, 'an annual report', 'an annual written report');

/** The translators' wordings of the three changed provisions, by language and provision. */
export const TRANSLATIONS = {
  ar: {
    [PROVISION.allMeasures]: replaced(wordingIn(ARABIC, PROVISION.allMeasures), 'جميع التدابير الممكنة', 'جميع التدابير المناسبة'),
    [PROVISION.highestLevel]: 'المشاركة على أعلى مستوى ممكن في الحدث رفيع المستوى للمنتدى WSIS+20؛',
  },
  fr: {
    [PROVISION.allMeasures]: replaced(
      wordingIn(FRENCH, PROVISION.allMeasures),
      'toutes les mesures possibles',
      'toutes les mesures appropriées',
    ),
    [PROVISION.annualReport]: replaced(wordingIn(FRENCH, PROVISION.annualReport), 'un rapport sur', 'un rapport écrit sur'),
    [PROVISION.highestLevel]: 'participer au plus haut niveau possible à la manifestation de haut niveau SMSI+20;',
  },
  ru: {
    [PROVISION.allMeasures]: replaced(wordingIn(RUSSIAN, PROVISION.allMeasures), 'все возможные меры', 'все надлежащие меры'),
    [PROVISION.annualReport]: replaced(wordingIn(RUSSIAN, PROVISION.annualReport), 'отчет о ходе', 'письменный отчет о ходе'),
    [PROVISION.highestLevel]: 'участвовать на максимально высоком уровне в Мероприятии высокого уровня ВВУИО+20;',
  },
} as const;

/** The body of a translation as the translator posts it. */
export function translationBody(language: keyof typeof TRANSLATIONS) {
  return { language, provisions: Object.entries(TRANSLATIONS[language]).map(([provisionId, text]) => ({ provisionId, text })) };
}

/** The versions' words as registered, by language. */
export const REGISTERED = { ar: ARABIC, fr: FRENCH, ru: RUSSIAN };
