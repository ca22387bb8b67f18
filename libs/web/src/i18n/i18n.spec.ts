import { PHASES, REGIONS, RULINGS, STAKEHOLDER_CATEGORIES } from '#libs/contracts';
import { DRAFT_ACTIONS } from '../drafts';
import { chooseLocale, directionOf, fromAcceptLanguage } from './locale';
import { CATALOGUES, isMessageKey, placeholdersOf, translator } from './translate';

describe('message catalogues', () => {
  const keys = Object.keys(CATALOGUES.en);

  it('have the same keys in Arabic and English, none of them empty', () => {
    expect(Object.keys(CATALOGUES.ar).sort()).toEqual([...keys].sort());
    for (const locale of ['ar', 'en'] as const) {
      for (const key of keys)
        expect({ key, locale, empty: CATALOGUES[locale][key as keyof typeof CATALOGUES.en].trim() === '' }).toEqual({
          key,
          locale,
          empty: false,
        });
    }
  });

  it('fill the same placeholders in both languages', () => {
    for (const key of keys as (keyof typeof CATALOGUES.en)[]) {
      expect({ key, placeholders: placeholdersOf(CATALOGUES.ar[key]) }).toEqual({ key, placeholders: placeholdersOf(CATALOGUES.en[key]) });
    }
  });

  it('write the Arabic interface in Arabic script', () => {
    const arabic = /[\u0600-\u06FF]/u;
    // A name that stays in Latin letters in Arabic texts too, and a message of placeholders only.
    const latinOnly = new Set(['audit.kafka', 'form.invalid']);
    for (const key of keys as (keyof typeof CATALOGUES.en)[]) {
      if (!latinOnly.has(key)) expect({ key, arabic: arabic.test(CATALOGUES.ar[key]) }).toEqual({ key, arabic: true });
    }
  });

  it('name every phase, ruling, stakeholder category, region and editor action of the field', () => {
    const names = [
      ...PHASES.map((value) => `phase.${value}`),
      ...RULINGS.map((value) => `ruling.${value}`),
      ...['pending', 'accepted', 'rejected', 'accepted-as-modified', 'deferred', 'merged', 'withdrawn'].map((value) => `status.${value}`),
      ...STAKEHOLDER_CATEGORIES.map((value) => `category.${value}`),
      ...REGIONS.map((value) => `region.${value}`),
      ...DRAFT_ACTIONS.map((value) => `action.${value}`),
      ...['stakeholder', 'chair', 'secretariat', 'translator', 'auditor'].map((value) => `role.${value}`),
    ];
    expect(names.filter((name) => !isMessageKey(name))).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones as written', () => {
    expect(translator('en')('consultation.moveTo', { phase: 'Negotiation' })).toBe('Move to the next phase: Negotiation');
    expect(translator('ar')('draft.words-ambiguous', { count: 2 })).toContain('2');
    expect(translator('en')('form.invalid', { field: 'Title' })).toBe('Title: {problem}');
  });
});

describe('the interface language', () => {
  it('is the lang parameter, else the remembered choice, else the best of Accept-Language, else English', () => {
    expect(chooseLocale({ query: 'ar', cookie: 'en', acceptLanguage: 'en' })).toBe('ar');
    expect(chooseLocale({ query: 'de', cookie: 'ar', acceptLanguage: 'en' })).toBe('ar');
    expect(chooseLocale({ acceptLanguage: 'fr-CH, ar-EG;q=0.9, en;q=0.8' })).toBe('ar');
    expect(chooseLocale({ acceptLanguage: 'en;q=0.5, ar;q=0.4' })).toBe('en');
    expect(chooseLocale({ acceptLanguage: 'ar;q=0, de' })).toBe('en');
    expect(chooseLocale({})).toBe('en');
  });

  it('reads Accept-Language by quality, then order', () => {
    expect(fromAcceptLanguage('ar, en')).toBe('ar');
    expect(fromAcceptLanguage('en-GB;q=0.8, ar-SA;q=0.9')).toBe('ar');
    expect(fromAcceptLanguage('*')).toBeUndefined();
  });

  it('gives Arabic a right-to-left direction, and the other UN languages left to right', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('ar-EG')).toBe('rtl');
    for (const language of ['en', 'fr', 'es', 'ru', 'zh']) expect(directionOf(language)).toBe('ltr');
  });
});
